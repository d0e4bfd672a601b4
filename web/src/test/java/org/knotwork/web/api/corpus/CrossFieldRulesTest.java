package org.knotwork.web.api.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.web.api.bodymap.TriggerPointForm;
import org.knotwork.web.api.charting.NoteForm;

/** A refusal may name a sibling of the field sent only where a declared rule across fields reads the one and names the other. */
class CrossFieldRulesTest {

    @Test
    void aPlaceOnTheOtherHalfOfTheViewIsRefusedAtTheSide() {
        assertThat(CrossFieldRules.explaining(TriggerPointForm.class, "view", "side"))
                .extracting(CrossFieldRules.Rule::names)
                .isEqualTo("side");
        assertThat(CrossFieldRules.explaining(TriggerPointForm.class, "x", "side"))
                .isNotNull();
    }

    @Test
    void aPlaceOutsideTheMusclesRegionIsRefusedAtX() {
        assertThat(CrossFieldRules.explaining(TriggerPointForm.class, "y", "x")).isNotNull();
        assertThat(CrossFieldRules.explaining(TriggerPointForm.class, "view", "x"))
                .isNotNull();
    }

    @Test
    void aSiblingNoRuleTiesToTheFieldSentExplainsNothing() {
        assertThat(CrossFieldRules.explaining(TriggerPointForm.class, "y", "side"))
                .isNull();
        assertThat(CrossFieldRules.explaining(TriggerPointForm.class, "status", "side"))
                .isNull();
        assertThat(CrossFieldRules.explaining(TriggerPointForm.class, "referredPain", "x"))
                .isNull();
        assertThat(CrossFieldRules.explaining(TriggerPointForm.class, "side", "view"))
                .isNull();
    }

    @Test
    void aFormWithoutDeclaredRulesAcceptsNoSiblingRefusal() {
        assertThat(CrossFieldRules.explaining(NoteForm.class, "painBefore", "painAfter"))
                .isNull();
    }
}
