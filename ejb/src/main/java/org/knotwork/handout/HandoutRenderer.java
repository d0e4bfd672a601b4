package org.knotwork.handout;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.knotwork.practice.DateRegion;

/**
 * Turns handout content into PDF bytes in one of the shipped languages, with the dates of the content's country. The
 * wording, fonts and layouts of a language and country are made once per JVM: every language's without a country at
 * start, a country's the first time a sheet asks for it (a practice uses one).
 */
final class HandoutRenderer {

    /** A language's words with the dates of a country (null: the language's own). */
    private record Written(HandoutLanguage language, DateRegion region) {}

    private static final Map<Written, HandoutDocument> DOCUMENTS = new ConcurrentHashMap<>();

    static {
        for (HandoutLanguage language : HandoutLanguage.values()) {
            document(language, null);
        }
    }

    private HandoutRenderer() {}

    static byte[] render(HandoutContent content, PaperSize paper) {
        return render(content, SheetFormat.usual(paper));
    }

    static byte[] render(HandoutContent content, SheetFormat format) {
        return document(format.language(), content.dateRegion()).render(content, format.paper(), format.print());
    }

    /** The words of a language, for what is written around the sheet (the e-mail that carries it). */
    static HandoutWording words(HandoutLanguage language, DateRegion region) {
        return document(language, region).words();
    }

    static HandoutWording words(HandoutLanguage language) {
        return words(language, null);
    }

    private static HandoutDocument document(HandoutLanguage language, DateRegion region) {
        return DOCUMENTS.computeIfAbsent(
                new Written(language, region),
                written -> new HandoutDocument(new HandoutWording(language.locale(), region), region));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
