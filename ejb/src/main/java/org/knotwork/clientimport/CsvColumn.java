package org.knotwork.clientimport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The column mapping: each client field with the header names other systems export it under (compared without case,
 * spaces, dashes or underscores), and its longest value, as the schema allows. docs/interoperability.md lists them.
 */
enum CsvColumn {
    GIVEN_NAME("givenName", 100, "given name", "first name", "firstname", "forename"),
    FAMILY_NAME("familyName", 100, "family name", "last name", "lastname", "surname"),
    DATE_OF_BIRTH("dateOfBirth", 10, "date of birth", "dob", "birth date", "birthdate"),
    PHONE("phone", 30, "phone", "telephone", "mobile", "phone number"),
    EMAIL("email", 254, "email", "e-mail", "email address"),
    REFERRAL_SOURCE("referralSource", 200, "referral source", "referred by", "referral"),
    MAIN_COMPLAINT("mainComplaint", 2000, "main complaint", "complaint", "reason for visit"),
    CONSENT_DATE("consentDate", 10, "consent date", "consent"),
    NOTES("notes", 4000, "notes", "client notes"),
    CONTRAINDICATIONS("contraindications", 400, "contraindications", "precautions"),
    CONTRAINDICATION_NOTES("contraindicationNotes", 2000, "contraindication notes", "precaution notes"),
    INJURY_DATE("injuryDate", 10, "injury date", "date of injury", "trauma date"),
    INJURY_TIME("injuryTime", 8, "injury time", "time of injury", "trauma time");

    private final String field;
    private final int longest;
    private final List<String> headers;

    CsvColumn(String field, int longest, String... headers) {
        this.field = field;
        this.longest = longest;
        this.headers = List.of(headers);
    }

    /** The API's name of the field, as a report names it. */
    String field() {
        return field;
    }

    int longest() {
        return longest;
    }

    List<String> headers() {
        return headers;
    }

    static Optional<CsvColumn> forHeader(String header) {
        String key = normal(header);
        return Arrays.stream(values())
                .filter(c -> normal(c.field).equals(key)
                        || c.headers.stream().anyMatch(h -> normal(h).equals(key)))
                .findFirst();
    }

    private static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
