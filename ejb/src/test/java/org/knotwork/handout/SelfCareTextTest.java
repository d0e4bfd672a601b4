package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.platform.RuleViolationException;

class SelfCareTextTest {

    static String fieldRefused(Runnable making) {
        try {
            making.run();
        } catch (RuleViolationException e) {
            return e.field();
        }
        return null;
    }

    @Test
    void everyTextIsRequiredAndBoundedAndSaysHowItIsDone() {
        assertThat(fieldRefused(
                        () -> new SelfCareText(" ", BodyPosition.SEATED, PressureTool.HAND, "Gently.", "Daily.")))
                .isEqualTo("selfPressure");
        assertThat(fieldRefused(
                        () -> new SelfCareText("Press.", BodyPosition.SEATED, PressureTool.HAND, null, "Daily.")))
                .isEqualTo("gentlePressure");
        assertThat(fieldRefused(() ->
                        new SelfCareText("Press.", BodyPosition.SEATED, PressureTool.HAND, "x".repeat(1001), "Daily.")))
                .isEqualTo("gentlePressure");
        assertThat(fieldRefused(() -> new SelfCareText("Press.", null, PressureTool.HAND, "Gently.", "Daily.")))
                .isEqualTo("pressurePosition");
        assertThat(fieldRefused(() -> new SelfCareText("Press.", BodyPosition.SEATED, null, "Gently.", "Daily.")))
                .isEqualTo("pressureTool");
        assertThatThrownBy(() -> new SelfCareText("Press.", BodyPosition.SEATED, PressureTool.HAND, "Gently.", null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void textsAreKeptWithoutSurroundingBlanks() {
        assertThat(new SelfCareText(" Press. ", BodyPosition.SEATED, PressureTool.HAND, " Gently. ", " Daily. "))
                .isEqualTo(new SelfCareText("Press.", BodyPosition.SEATED, PressureTool.HAND, "Gently.", "Daily."));
    }
}
