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

    /**
     * The language as staff choose it, with its own name so that a client can point at it too: "Spanish (Español)",
     * capitalised as the start of a choice. Both names come from the JDK's locale data, so a new language needs no
     * words here.
     */
    public String label() {
        String name = locale.getDisplayLanguage(locale);
        String own = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        return own.equalsIgnoreCase(englishName()) ? englishName() : englishName() + " (" + own + ")";
    }

    /** The code as stored and sent: "en", "es". */
    public String code() {
        return locale.getLanguage();
    }

    public static Optional<HandoutLanguage> of(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code().equals(code))
                .findFirst();
    }
}
