package org.knotwork.client;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** Client profiles for tests: the names, contraindications and dates a test is about, every other detail blank. */
public final class ClientFixtures {

    private ClientFixtures() {}

    /** Only the two names and the contraindications. */
    public static ClientProfile named(String given, String family, Set<Contraindication> codes) {
        return profile(given, family, null, codes, null, null);
    }

    /** The names, a date of birth and the contraindications. */
    public static ClientProfile born(String given, String family, LocalDate dateOfBirth, Set<Contraindication> codes) {
        return profile(given, family, dateOfBirth, codes, null, null);
    }

    /** The names and the contraindications, with the day and time (either may be null) of a recent injury. */
    public static ClientProfile injured(
            String given, String family, Set<Contraindication> codes, LocalDate on, LocalTime at) {
        return profile(given, family, null, codes, on, at);
    }

    public static ClientProfile profile(
            String given,
            String family,
            LocalDate dateOfBirth,
            Set<Contraindication> codes,
            LocalDate injuredOn,
            LocalTime injuredAt) {
        return new ClientProfile(
                given, family, dateOfBirth, null, null, null, null, null, null, codes, null, injuredOn, injuredAt);
    }
}
