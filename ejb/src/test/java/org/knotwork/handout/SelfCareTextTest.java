package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

class SelfCareTextTest {

    static SelfCareText with(List<String> steps) {
        return new SelfCareText("Press gently.", "A stretch", steps, "Twice a day.");
    }

    @Test
    void stepsAreStoredOnePerLineAndReadBackTheSame() {
        SelfCareText text = with(List.of(" Sit tall. ", "Tilt the head."));

        assertThat(text.joinedSteps()).isEqualTo("Sit tall.\nTilt the head.");
        assertThat(SelfCareText.stored("Press gently.", "A stretch", text.joinedSteps(), "Twice a day."))
                .isEqualTo(text);
    }

    @Test
    void aStretchNeedsOneToEightStepsNoneEmptyNoneWithLineBreaks() {
        assertThatThrownBy(() -> with(List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("1 to 8 steps");
        assertThatThrownBy(() -> with(Collections.nCopies(9, "Step."))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> with(List.of("Step.", " "))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> with(List.of("One\nTwo"))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void everyTextIsRequiredAndBounded() {
        assertThatThrownBy(() -> new SelfCareText(" ", "A stretch", List.of("Step."), "Daily."))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("selfPressure");
        assertThatThrownBy(() -> new SelfCareText("Press.", "x".repeat(201), List.of("Step."), "Daily."))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("stretchName");
        assertThatThrownBy(() -> new SelfCareText("Press.", "A stretch", List.of("Step."), null))
                .isInstanceOf(RuleViolationException.class);
    }
}
