package org.knotwork.handout;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns handout content into PDF bytes in one of the shipped languages. The wording, fonts and layouts of every
 * language are made once per JVM.
 */
final class HandoutRenderer {

    private static final Map<HandoutLanguage, HandoutDocument> DOCUMENTS = new EnumMap<>(HandoutLanguage.class);

    static {
        for (HandoutLanguage language : HandoutLanguage.values()) {
            DOCUMENTS.put(language, new HandoutDocument(new HandoutWording(language.locale())));
        }
    }

    private HandoutRenderer() {}

    static byte[] render(HandoutContent content, PaperSize paper) {
        return render(content, SheetFormat.usual(paper));
    }

    static byte[] render(HandoutContent content, SheetFormat format) {
        return DOCUMENTS.get(format.language()).render(content, format.paper(), format.print());
    }

    /** The words of a language, for what is written around the sheet (the e-mail that carries it). */
    static HandoutWording words(HandoutLanguage language) {
        return DOCUMENTS.get(language).words();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
