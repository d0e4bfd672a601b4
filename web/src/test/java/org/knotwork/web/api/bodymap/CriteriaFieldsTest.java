package org.knotwork.web.api.bodymap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Criterion;

/**
 * The criteria the browser lists (served from {@link Criterion} by {@code GET /api/codes}) are exactly the fields a
 * point's {@code criteria} is answered and taken with, in the same order: a criterion added to one and not the other
 * would be charted without a way to record it, or recorded without being shown.
 */
class CriteriaFieldsTest {

    private static final String[] SERVED =
            Arrays.stream(Criterion.values()).map(Criterion::field).toArray(String[]::new);

    @Test
    void thePointAnswersEveryServedCriterionAndNoOther() {
        assertThat(Arrays.stream(TriggerPointView.CriteriaView.class.getRecordComponents())
                        .map(RecordComponent::getName))
                .containsExactly(SERVED);
    }

    @Test
    void thePointTakesEveryServedCriterionAndNoOther() {
        assertThat(Arrays.stream(TriggerPointForm.CriteriaForm.class.getDeclaredFields())
                        .filter(f -> Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers()))
                        .map(Field::getName))
                .containsExactly(SERVED);
    }
}
