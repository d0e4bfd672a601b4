package org.knotwork.web.api.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Region;
import org.knotwork.platform.RuleViolationException;

/** The outcome filters in the address are codes exactly as a body's: no other case, not empty. */
class OutcomeQueryTest {

    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    static OutcomeQuery query(String therapist, String muscle, String complaint) {
        OutcomeQuery query = new OutcomeQuery();
        query.from = "2026-01-01";
        query.to = "2026-02-01";
        query.therapist = therapist;
        query.muscle = muscle;
        query.complaint = complaint;
        return query;
    }

    @Test
    void aComplaintOrMuscleIsTheExactCodeAndAnEmptyFilterIsRefused() {
        assertThat(query(null, "UPPER_TRAPEZIUS", "HEAD_NECK").filter(SYDNEY))
                .satisfies(filter -> assertThat(filter.muscleCode()).isEqualTo("UPPER_TRAPEZIUS"))
                .satisfies(filter -> assertThat(filter.complaintRegion()).isEqualTo(Region.HEAD_NECK));
        assertThat(query(null, "upper_trapezius", null).filter(SYDNEY).muscleCode())
                .as("passed as sent, so the catalogue finds no such muscle")
                .isEqualTo("upper_trapezius");

        assertThatThrownBy(() -> query(null, null, "head_neck").filter(SYDNEY))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("complaint");
        for (String[] empty : new String[][] {{"", null, null}, {null, "", null}, {null, null, " "}}) {
            assertThatThrownBy(() -> query(empty[0], empty[1], empty[2]).filter(SYDNEY))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("leave the parameter out");
        }
    }
}
