package org.knotwork.practice;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.knotwork.platform.RuleViolationException;

/**
 * The country whose way of writing dates, times and numbers the practice's handouts follow, whatever language their
 * words are in: an English sheet of a clinic in the United Kingdom says "2 March 2026, 14:30", of one in the United
 * States "March 2, 2026, 2:30 PM". Stored and sent by its ISO 3166 code; the schema keeps a copy of the list
 * (CodedListsTest). In the order of their English names. A practice that has chosen none writes dates as the sheet's language does by itself (English: as
 * in the United States), as every sheet did before the choice existed.
 */
public enum DateRegion {
    AR,
    AU,
    CA,
    CL,
    CO,
    IE,
    MX,
    NZ,
    PE,
    ZA,
    ES,
    GB,
    US;

    /** How the choice of none is named where the countries are offered. */
    public static final String NONE_LABEL = "As the sheet's language writes them";

    /** The code as stored and sent: "GB". */
    public String code() {
        return name();
    }

    /** The country's name in English, from the JDK's locale data: "United Kingdom". */
    public String label() {
        return new Locale("", name()).getDisplayCountry(Locale.ENGLISH);
    }

    /** The region a code names; null for none. Refused, naming the field, when Knotwork offers no such country. */
    public static DateRegion of(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(region -> region.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "dateRegion",
                        "The country whose dates handouts follow is one of " + choices()
                                + "; or none, for the sheet's language's own way."));
    }

    private static String choices() {
        return Arrays.stream(values())
                .map(region -> region.label() + " (" + region.code() + ")")
                .collect(Collectors.joining(", "));
    }
}
