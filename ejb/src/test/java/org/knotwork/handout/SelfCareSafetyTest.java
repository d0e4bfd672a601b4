package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.platform.RuleViolationException;

/** What an administrator may write in the self-care texts the sheet prints verbatim, in each shipped language. */
class SelfCareSafetyTest {

    static final String PRESS = "Sit and press the tender spot slowly with your fingers.";
    static final String GENTLE = "Sit and rest your fingertips on the spot; press lightly.";
    static final String OFTEN = "Twice a day.";

    static SelfCareText text(String press, PressureTool tool, String gentle, String often) {
        return new SelfCareText(press, BodyPosition.SEATED, tool, gentle, often);
    }

    static RuleViolationException refused(SelfCareText text, HandoutLanguage language) {
        try {
            SelfCareSafety.require(text, language);
        } catch (RuleViolationException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    static void accepted(SelfCareText text, HandoutLanguage language) {
        assertThatCode(() -> SelfCareSafety.require(text, language)).doesNotThrowAnyException();
    }

    @Test
    void theBrowserWalksUnsafeSelfPressureIsRefusedNamingTheFieldAndQuotingTheWords() {
        RuleViolationException e = refused(
                text(
                        "Lie on a lacrosse ball on the tender spot and let your full body weight sink onto it. Hold for"
                                + " 5 minutes even if it hurts.",
                        PressureTool.BALL,
                        GENTLE,
                        OFTEN),
                HandoutLanguage.EN);

        assertThat(e.field()).isEqualTo("selfPressure");
        assertThat(e.getMessage())
                .startsWith("How to press the point cannot go on a client's sheet")
                .contains("\u201c5 minutes\u201d is outside the home dose")
                .contains("held 20 to 90 seconds, 1 to 3 times")
                .contains("\u201ceven if it hurts\u201d")
                .contains("\u201cfull body weight\u201d");
    }

    @Test
    void aGentleVersionWithABallHardPressureOrMinutesIsRefused() {
        RuleViolationException e = refused(
                text(PRESS, PressureTool.HAND, "Press hard with a ball for 5 minutes.", OFTEN), HandoutLanguage.EN);

        assertThat(e.field()).isEqualTo("gentlePressure");
        assertThat(e.getMessage())
                .contains("\u201c5 minutes\u201d")
                .contains("\u201cball\u201d is not for the gentle version")
                .contains("\u201chard\u201d is not for the gentle version");
        assertThat(refused(text(PRESS, PressureTool.HAND, "Lean your weight into the wall.", OFTEN), HandoutLanguage.EN)
                        .field())
                .isEqualTo("gentlePressure");
    }

    @Test
    void theSameRulesHoldInSpanish() {
        RuleViolationException dose = refused(
                text(
                        "Túmbese sobre una pelota con todo su peso y mantenga 5 minutos aunque duela.",
                        PressureTool.BALL,
                        GENTLE,
                        OFTEN),
                HandoutLanguage.ES);
        assertThat(dose.field()).isEqualTo("selfPressure");
        assertThat(dose.getMessage())
                .contains("\u201c5 minutos\u201d")
                .contains("\u201caunque duela\u201d")
                .contains("\u201ctodo su peso\u201d");

        RuleViolationException gentle = refused(
                text(PRESS, PressureTool.HAND, "Presione fuerte con una pelota durante 5 minutos.", OFTEN),
                HandoutLanguage.ES);
        assertThat(gentle.field()).isEqualTo("gentlePressure");
        assertThat(gentle.getMessage()).contains("\u201cfuerte\u201d").contains("\u201cpelota\u201d");

        assertThat(refused(
                                text(PRESS, PressureTool.HAND, GENTLE, "Cinco veces seguidas, tres veces al día."),
                                HandoutLanguage.ES)
                        .field())
                .isEqualTo("frequency");
    }

    @Test
    void dosesAreReadBothSidesOfTheHomeRangeInDigitsWordsAndUnits() {
        for (String fine : new String[] {
            "Hold 20 seconds.",
            "Hold 90 s.",
            "Hold 1 minute.",
            "Hold 1.5 min.",
            "Hold thirty seconds.",
            "Hold 30 to 60 seconds, 2 or 3 times.",
            "Do this 3 times.",
            "Two or three times a day."
        }) {
            accepted(text(fine, PressureTool.HAND, GENTLE, OFTEN), HandoutLanguage.EN);
        }
        for (String unsafe : new String[] {
            "Hold 19 seconds.",
            "Hold 91 s.",
            "Hold 2 minutes.",
            "Hold 10-30 seconds.",
            "Hold 1 hour.",
            "Do this 4 times.",
            "Hold for five minutes.",
            "Do it ten times."
        }) {
            assertThat(refused(text(unsafe, PressureTool.HAND, GENTLE, OFTEN), HandoutLanguage.EN)
                            .field())
                    .as(unsafe)
                    .isEqualTo("selfPressure");
        }
        accepted(
                text("Mantenga de 20 a 90 segundos, dos o tres veces.", PressureTool.HAND, GENTLE, OFTEN),
                HandoutLanguage.ES);
        refused(text("Mantenga 2 minutos.", PressureTool.HAND, GENTLE, OFTEN), HandoutLanguage.ES);
    }

    @Test
    void aWarningNotToUseTheToolIsNotAnInstructionToUseIt() {
        accepted(
                text(
                        PRESS,
                        PressureTool.HAND,
                        "Press lightly between the ribs, never hard on the ribs themselves.",
                        OFTEN),
                HandoutLanguage.EN);
        accepted(text(PRESS, PressureTool.HAND, "Use your fingertips, without a ball.", OFTEN), HandoutLanguage.EN);
        refused(text(PRESS, PressureTool.HAND, "Press hard, not softly.", OFTEN), HandoutLanguage.EN);
        accepted(
                text(PRESS, PressureTool.HAND, "Presione ligeramente, nunca con fuerza sobre las costillas.", OFTEN),
                HandoutLanguage.ES);
    }

    @Test
    void aSelfPressureSetToTheHandMayNotSendTheClientToABall() {
        assertThat(refused(
                                text("Lean against a tennis ball on the wall.", PressureTool.HAND, GENTLE, OFTEN),
                                HandoutLanguage.EN)
                        .getMessage())
                .contains("set to the hand");
        accepted(text("Lean against a tennis ball on the wall.", PressureTool.BALL, GENTLE, OFTEN), HandoutLanguage.EN);
    }

    @Test
    void everyShippedLanguageHasItsOwnListOfEveryKind() throws IOException {
        for (HandoutLanguage language : HandoutLanguage.values()) {
            String file =
                    "SelfCareSafety" + (language == HandoutLanguage.EN ? "" : "_" + language.code()) + ".properties";
            try (InputStream in = SelfCareSafetyTest.class.getResourceAsStream(file)) {
                assertThat(in).as(file + " ships").isNotNull();
                Properties words = new Properties();
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : SelfCareSafety.KEYS) {
                    assertThat(words.getProperty(key)).as(key + " in " + file).isNotBlank();
                }
                assertThat(words.stringPropertyNames())
                        .as(file)
                        .containsExactlyInAnyOrderElementsOf(SelfCareSafety.KEYS);
            }
        }
    }

    @Test
    void anAuditLineSaysWhatChangedOldToNew() {
        SelfCareText before = text(PRESS, PressureTool.HAND, GENTLE, OFTEN);
        SelfCareText after = new SelfCareText(
                PRESS.replace("slowly", "gently"), BodyPosition.STANDING, PressureTool.HAND, GENTLE, "Once a day.");

        assertThat(before.changesTo(after))
                .isEqualTo("selfPressure \"…tender spot slowly with your…\" → \"…tender spot gently with your…\";"
                        + " frequency \"Twice a day.\" → \"Once a day.\"; pressurePosition SEATED → STANDING");
        assertThat(before.changesTo(before)).isEqualTo("nothing changed");
        assertThat(before.changesTo(text("x".repeat(1000), PressureTool.BALL, "y".repeat(1000), "z".repeat(300))))
                .hasSizeLessThanOrEqualTo(500);
    }
}
