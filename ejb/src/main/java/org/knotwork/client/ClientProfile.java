package org.knotwork.client;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a therapist records about a client at intake and keeps up to date afterwards. {@code injuryDate} and {@code
 * injuryTime} (optional) say when the recent trauma happened, by the clinic's clock; none means it counts as recent
 * until it is removed.
 */
public record ClientProfile(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String phone,
        String email,
        String referralSource,
        String mainComplaint,
        LocalDate consentDate,
        String notes,
        Set<Contraindication> contraindications,
        String contraindicationNotes,
        LocalDate injuryDate,
        LocalTime injuryTime) {

    public ClientProfile {
        contraindications = contraindications == null ? Set.of() : Set.copyOf(contraindications);
    }
}
