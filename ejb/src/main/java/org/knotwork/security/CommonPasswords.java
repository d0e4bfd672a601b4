package org.knotwork.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first (NIST SP 800-63B 5.1.1.2: refuse passwords from lists of commonly used or
 * breached ones): the 30,000 most common of Mark Burnett's 10 million password corpus, as ranked by zxcvbn
 * ({@code common-passwords.txt}, whose header names the source and licence). A password is refused when it is on
 * the list, or is a listed one of four or more characters with only digits and punctuation added at the end
 * ("sunshine2024!" is "sunshine" to an attacker's rules).
 */
final class CommonPasswords {

    private static final Set<String> LIST = load();

    private CommonPasswords() {}

    static boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower)) {
            return true;
        }
        String stem = lower.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        return stem.length() >= 4 && !stem.equals(lower) && LIST.contains(stem);
    }

    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(40_000);
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the application", e);
        }
        return Set.copyOf(passwords);
    }
}
