package org.knotwork.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The practice's clock. Dates such as "today" (is a date of birth in the future?) are the clinic's dates, so the
 * zone is configuration, not the server's default.
 */
@ApplicationScoped
public class ClinicClock {

    @Inject
    @ConfigProperty(name = "knotwork.timezone", defaultValue = "UTC")
    String zone;

    @Produces
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
