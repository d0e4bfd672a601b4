package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238 appendix B's seeds: the ASCII digits 1234567890 repeated to the hash's key length. */
    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "RFC 6238 at {0} s: {1} {2}")
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void theRfcsTestVectorsComeOut(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void theAppsSixDigitCodeIsAcceptedOneStepEitherSideAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.stepAt(now);

        for (long offset = -1; offset <= 1; offset++) {
            String code = Totp.code(SHA1_SEED, step + offset, 6, "HmacSHA1");
            assertThat(Totp.matchingStep(SHA1_SEED, code, now)).hasValue(step + offset);
        }
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2, 6, "HmacSHA1"), now))
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2, 6, "HmacSHA1"), now))
                .isEmpty();
    }

    @Test
    void somethingOtherThanSixDigitsIsNeverACode() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(SHA1_SEED, "94287082", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "28708a", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "287 082", now)).hasValue(1);
    }

    @Test
    void theQrCodesUriNamesThePracticeTheAccountAndTheSecret() {
        assertThat(Totp.uri("Knotwork", "jo.bloggs", "GEZDGNBV"))
                .isEqualTo("otpauth://totp/Knotwork:jo.bloggs?secret=GEZDGNBV&issuer=Knotwork"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void base32RoundTripsAndReadsWhatPeopleType() {
        byte[] bytes = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        String text = Base32.encode(bytes);

        assertThat(text).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode(text.toLowerCase())).isEqualTo(bytes);
        assertThat(Base32.decode("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(bytes);
    }
}
