package org.knotwork.handout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a home-care sheet ships in: every sentence of the wording, every muscle's name and lay name and every
 * self-care text translated (HandoutLanguagesTest fails when one is missing). A client's preferred language is one
 * of these; stored by its code.
 */
public enum HandoutLanguage {
    EN(Locale.ENGLISH),
    ES(Locale.forLanguageTag("es"));

    private final Locale locale;

    HandoutLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in English, for messages to staff: "Spanish". */
    public String englishName() {
        return locale.getDisplayLanguage(Locale.ENGLISH);
    }

    /** The code as stored and sent: "en", "es". */
    public String code() {
        return locale.getLanguage();
    }

    public static Optional<HandoutLanguage> of(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
