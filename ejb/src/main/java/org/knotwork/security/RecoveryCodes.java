package org.knotwork.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time codes for signing in without the phone: ten of them, each 24 base32 letters (120 random bits, above
 * ASVS 2.6.2's 112 for look-up secrets stored with an unsalted hash) shown as six groups of four, given to the user
 * once and stored only as SHA-256 hashes.
 */
final class RecoveryCodes {

    static final int COUNT = 10;

    private static final int LETTERS = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            byte[] bytes = new byte[15];
            RANDOM.nextBytes(bytes);
            String letters = Base32.encode(bytes).toLowerCase(Locale.ROOT);
            codes.add(String.join("-", letters.split("(?<=\\G.{4})")));
        }
        return codes;
    }

    /** The form a code is stored and compared in: typed any case, with or without the dashes and spaces. */
    static String hash(String typed) {
        String letters = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return SessionTokens.hash("recovery:" + letters);
    }

    /** Whether what was typed looks like a recovery code rather than an app's six digits. */
    static boolean looksLikeOne(String typed) {
        return typed != null && typed.replaceAll("[\\s-]", "").length() == LETTERS;
    }
}
