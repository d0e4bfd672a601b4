package org.knotwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configurable parts of signing in: lock-out after wrong passwords, and how long an idle session lasts. */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "knotwork.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "knotwork.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "knotwork.session.idle-minutes", defaultValue = "15")
    int idleMinutes;

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    /** A session unused this long ends: a treatment-room computer left signed in must not stay open to anyone. */
    public Duration sessionIdleTimeout() {
        return Duration.ofMinutes(Math.max(1, idleMinutes));
    }
}
