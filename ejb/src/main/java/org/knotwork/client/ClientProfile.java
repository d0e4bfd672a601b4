package org.knotwork.client;

import java.time.LocalDate;
import java.util.Set;

/** What a therapist records about a client at intake and keeps up to date afterwards. */
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
        String contraindicationNotes) {

    public ClientProfile {
        contraindications = contraindications == null ? Set.of() : Set.copyOf(contraindications);
    }
}
