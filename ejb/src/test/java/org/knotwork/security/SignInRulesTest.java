package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

/** The rules of a sign-in that need no database: its steps, its time-outs, its tokens, its codes and passwords. */
class SignInRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T22:30:00Z");
    private static final SessionTimeouts ASVS =
            new SessionTimeouts(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(5));

    @Test
    void aForcedPasswordChangeComesBeforeSettingUpASecondFactor() {
        assertThat(SessionStep.afterCredentials(true, true)).isEqualTo(SessionStep.PASSWORD_CHANGE);
        assertThat(SessionStep.afterCredentials(false, true)).isEqualTo(SessionStep.ENROLMENT);
        assertThat(SessionStep.afterCredentials(false, false)).isEqualTo(SessionStep.SIGNED_IN);
        assertThat(SessionStep.SECOND_FACTOR.isAuthenticated()).isFalse();
        assertThat(SessionStep.PASSWORD_CHANGE.isAuthenticated()).isTrue();
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesOrTwelveHoursWhateverHappens() {
        SessionStep in = SessionStep.SIGNED_IN;
        assertThat(ASVS.isOpenAt(NOW.plus(Duration.ofMinutes(29)), NOW, NOW, in))
                .isTrue();
        assertThat(ASVS.isOpenAt(NOW.plus(Duration.ofMinutes(30)), NOW, NOW, in))
                .isFalse();

        Instant busyUntil = NOW.plus(Duration.ofHours(12)).minusSeconds(60);
        assertThat(ASVS.isOpenAt(busyUntil, NOW, busyUntil.minusSeconds(1), in)).isTrue();
        assertThat(ASVS.isOpenAt(NOW.plus(Duration.ofHours(12)), NOW, busyUntil, in))
                .as("used a minute ago, but twelve hours old")
                .isFalse();
    }

    @Test
    void aSignInWaitingForItsCodeEndsAfterFiveMinutes() {
        SessionStep waiting = SessionStep.SECOND_FACTOR;
        assertThat(ASVS.isOpenAt(NOW.plus(Duration.ofMinutes(4)), NOW, NOW, waiting))
                .isTrue();
        assertThat(ASVS.isOpenAt(NOW.plus(Duration.ofMinutes(5)), NOW, NOW, waiting))
                .isFalse();
    }

    @Test
    void theLastSeenTimeIsWrittenAtMostOnceAMinute() {
        assertThat(ASVS.needsRefresh(NOW.plusSeconds(59), NOW)).isFalse();
        assertThat(ASVS.needsRefresh(NOW.plusSeconds(60), NOW)).isTrue();
        SessionTimeouts short4s =
                new SessionTimeouts(Duration.ofSeconds(4), Duration.ofMinutes(1), Duration.ofMinutes(1));
        assertThat(short4s.needsRefresh(NOW.plusMillis(250), NOW))
                .as("a twentieth of a short idle time-out")
                .isTrue();
    }

    @Test
    void tokensAreLongRandomAndOnlyTheirHashIsKept() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(SessionTokens.newToken());
        }
        String token = tokens.iterator().next();

        assertThat(tokens).hasSize(1000);
        assertThat(token).hasSize(43);
        assertThat(SessionTokens.isWellFormed(token)).isTrue();
        assertThat(SessionTokens.isWellFormed(token + "x")).isFalse();
        assertThat(SessionTokens.isWellFormed("' or 1=1 --")).isFalse();
        assertThat(SessionTokens.hash(token)).matches("[0-9a-f]{64}").isNotEqualTo(token);
    }

    @Test
    void recoveryCodesAreTenDifferentAndReadAsTyped() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(new HashSet<>(codes)).hasSize(RecoveryCodes.COUNT);
        assertThat(codes.get(0)).matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}");
        assertThat(RecoveryCodes.looksLikeOne(codes.get(0))).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.hash(codes.get(0).toUpperCase().replace("-", " ")))
                .isEqualTo(RecoveryCodes.hash(codes.get(0)));
    }

    @Test
    void theMostCommonPasswordsAreRefusedAlsoWithDigitsAdded() {
        assertThat(CommonPasswords.size()).isGreaterThan(29_000);
        assertThat(CommonPasswords.contains("qwertyuiopasdfgh")).isFalse();
        assertThat(CommonPasswords.contains("1qaz2wsx3edc")).isTrue();
        assertThat(CommonPasswords.contains("Sunshine2024!!")).isTrue();
        assertThat(CommonPasswords.contains("a long enough password")).isFalse();
        assertThatThrownBy(() -> Passwords.requireStrong("baseball123456", "jo"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("most common");
        Passwords.requireStrong("pebbles under the willow", "jo");
    }
}
