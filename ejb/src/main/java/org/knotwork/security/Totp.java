package org.knotwork.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226) with the JDK's HMAC: six digits for each 30-second
 * step, HMAC-SHA1, the parameters every authenticator app supports. A code is accepted for the current step and
 * one step either side, so a phone clock a little off still works ({@link #SKEW_STEPS}).
 */
public final class Totp {

    static final long STEP_SECONDS = 30;
    static final int DIGITS = 6;
    static final String ALGORITHM = "HmacSHA1";

    /** Steps accepted before and after the current one: up to 30 s of clock difference, and the time to type. */
    static final int SKEW_STEPS = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /** The step an instant falls in: seconds since the epoch divided by 30 (RFC 6238's T). */
    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one step (RFC 4226 section 5.3: dynamic truncation). */
    static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + algorithm, e);
        }
    }

    /** The code an authenticator app holding {@code base32Secret} shows at {@code at} (and tools and tests). */
    public static String codeAt(String base32Secret, Instant at) {
        return code(Base32.decode(base32Secret), stepAt(at), DIGITS, ALGORITHM);
    }

    /** The step whose code {@code typed} is, within the skew window around {@code now}; empty if none. */
    static OptionalLong matchingStep(byte[] key, String typed, Instant now) {
        String code = typed == null ? "" : typed.replace(" ", "");
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        // Every step in the window is computed, so the time taken does not tell which one matched.
        for (long step = current - SKEW_STEPS; step <= current + SKEW_STEPS; step++) {
            byte[] expected = code(key, step, DIGITS, ALGORITHM).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, code.getBytes(StandardCharsets.US_ASCII)) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The otpauth URI that authenticator apps read from the QR code (Google Authenticator's key-uri format). */
    static String uri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
