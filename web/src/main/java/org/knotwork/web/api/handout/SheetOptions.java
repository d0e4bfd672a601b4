package org.knotwork.web.api.handout;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.PrintSize;
import org.knotwork.platform.RuleViolationException;

/**
 * Reads a sheet's print size and language from a request; absent means the client's own choice. A value given is a
 * code exactly as listed ({@code LARGE}, {@code es}), as a body's codes are: neither another case nor an empty value.
 */
final class SheetOptions {

    private SheetOptions() {}

    static PrintSize print(String print) {
        return print(print, "print");
    }

    /** The print size sent as {@code field} (a query parameter, or a form's field). */
    static PrintSize print(String print, String field) {
        if (print == null) {
            return null;
        }
        return Arrays.stream(PrintSize.values())
                .filter(size -> size.name().equals(print))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(field, "The print size is STANDARD or LARGE."));
    }

    static HandoutLanguage language(String language) {
        if (language == null) {
            return null;
        }
        return HandoutLanguage.of(language)
                .orElseThrow(() -> new RuleViolationException(
                        "language",
                        "The sheet is written in "
                                + Arrays.stream(HandoutLanguage.values())
                                        .map(HandoutLanguage::code)
                                        .collect(Collectors.joining(" or "))
                                + "."));
    }
}
