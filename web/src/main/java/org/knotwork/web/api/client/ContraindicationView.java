package org.knotwork.web.api.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.RecentTrauma;

/**
 * A contraindication code with the words a therapist reads. For a client's recent trauma, also when it happened, until
 * when it is recent (null: no date, so for good) and whether it still is now ({@code active}): an old trauma is shown
 * as such, not as a warning, since charting and the sheet no longer apply it.
 */
public record ContraindicationView(
        String code, String label, String precaution, LocalDate injuryDate, Instant recentUntil, boolean active) {

    /** As the catalogue offers it. */
    static ContraindicationView of(Contraindication contraindication) {
        return new ContraindicationView(
                contraindication.name(), contraindication.label(), contraindication.precaution(), null, null, true);
    }

    /** As a client has it, now by the clinic's clock. */
    static ContraindicationView of(Contraindication contraindication, Client client, Clock clock) {
        if (contraindication != Contraindication.RECENT_TRAUMA) {
            return of(contraindication);
        }
        Instant until = RecentTrauma.recentUntil(client.injuryDate(), client.injuryTime(), clock.getZone());
        return new ContraindicationView(
                contraindication.name(),
                contraindication.label(),
                contraindication.precaution(),
                client.injuryDate(),
                until,
                RecentTrauma.stillRecent(until, clock.instant()));
    }
}
