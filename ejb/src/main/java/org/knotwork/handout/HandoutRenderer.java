package org.knotwork.handout;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Turns handout content into PDF bytes with the practice's wording: the server's language when a translation of
 * {@code HandoutWording} ships for it, English otherwise. The wording and fonts are loaded once.
 */
final class HandoutRenderer {

    private static final HandoutDocument DOCUMENT = new HandoutDocument(new HandoutWording(Locale.getDefault()));

    private HandoutRenderer() {}

    static byte[] render(HandoutContent content, PaperSize paper) {
        return DOCUMENT.render(content, paper);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
