package org.knotwork.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.knotwork.platform.RuleViolationException;

/**
 * Turns passwords into salted PBKDF2 hashes and checks a typed password against one. Passwords are never stored or
 * logged as typed, and a hash cannot be turned back into the password.
 */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    /** OWASP's 2023 guidance for PBKDF2-HMAC-SHA512: slow enough to make guessing a stolen hash expensive. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Compared against when a username is unknown, so that its answer takes as long as a known one's. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate(random().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same effort as {@link #matches} and always fails. */
    void spendEffortOnUnknownUser(String password) {
        hash.verify(String.valueOf(password).toCharArray(), decoy);
    }

    /**
     * A password someone chooses must be long rather than complicated (NIST SP 800-63B): at least 12 characters,
     * not mostly one character, not containing the username (of four or more letters), and not one of the passwords
     * attackers try first ({@link CommonPasswords}).
     */
    public static void requireStrong(String password, String username) {
        String field = "password";
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolationException(field, "A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolationException(field, "A password is at most " + MAX_LENGTH + " characters.");
        }
        if (password.chars().distinct().count() < 5) {
            throw new RuleViolationException(field, "A password needs at least 5 different characters.");
        }
        String name = User.normalise(username);
        if (name.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(name)) {
            throw new RuleViolationException(field, "A password cannot contain the username.");
        }
        if (CommonPasswords.contains(password)) {
            throw new RuleViolationException(
                    field,
                    "This password is one of the most common ones, which attackers try first. Choose another,"
                            + " for example a few unrelated words.");
        }
    }

    /** A password nobody chose: 24 characters from 18 random bytes. */
    public static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
