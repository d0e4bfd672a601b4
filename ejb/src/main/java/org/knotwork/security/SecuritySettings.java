package org.knotwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configurable parts of signing in: lock-out after wrong passwords, and when a session ends by itself. */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "knotwork.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "knotwork.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** Seconds, so that tests can configure time-outs short enough to wait for. */
    @Inject
    @ConfigProperty(name = "knotwork.session.idle-seconds", defaultValue = "1800")
    long idleSeconds;

    @Inject
    @ConfigProperty(name = "knotwork.session.absolute-seconds", defaultValue = "43200")
    long absoluteSeconds;

    /** Cookies are Secure and carry the __Host- prefix also on plain HTTP, e.g. behind a TLS terminator. */
    @Inject
    @ConfigProperty(name = "knotwork.session.secure-cookie", defaultValue = "false")
    boolean secureCookie;

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    /** ASVS L2 defaults: 30 minutes idle, 12 hours at most; five minutes to type the second factor. */
    public SessionTimeouts sessionTimeouts() {
        Duration idle = Duration.ofSeconds(Math.max(1, idleSeconds));
        Duration absolute = Duration.ofSeconds(Math.max(idle.toSeconds(), absoluteSeconds));
        Duration secondFactor = Duration.ofMinutes(5).compareTo(absolute) < 0 ? Duration.ofMinutes(5) : absolute;
        return new SessionTimeouts(idle, absolute, secondFactor);
    }

    public boolean alwaysSecureCookie() {
        return secureCookie;
    }
}
