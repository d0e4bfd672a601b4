package org.knotwork.web.api.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.knotwork.practice.PressureUnit;
import org.knotwork.web.api.json.Forms;
import org.knotwork.web.api.problem.InvalidFieldsException;
import org.knotwork.web.api.problem.Problem;

/**
 * A pressure-pain threshold beyond any algometer's scale is refused naming the reading as sent (pptBefore or
 * pptAfter of that point) with the limit in the unit it was sent in; the highest plausible reading is kept.
 */
class PressureReadingsTest {

    static final String POINT = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    @Test
    void aReadingAboveTheLimitIsRefusedNamingItsFieldAndTheLimitInItsUnit() {
        NoteForm form = Forms.read("""
                {"points":[{"triggerPointId":"%s","pptBefore":{"value":200},
                 "pptAfter":{"value":30,"unit":"KGF_CM2"}}]}""".formatted(POINT), NoteForm.class);

        InvalidFieldsException refused =
                catchThrowableOfType(InvalidFieldsException.class, () -> form.toInput(PressureUnit.KPA));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.errors())
                .extracting(Problem.FieldError::field, Problem.FieldError::message)
                .containsExactly(tuple("points[0].pptAfter", "A pressure-pain threshold is at most 20.39 kgf/cm²."));
    }

    @Test
    void theHighestPlausibleReadingIsKeptInEveryUnit() {
        NoteForm form = Forms.read("""
                {"points":[{"triggerPointId":"%s","pptBefore":{"value":200,"unit":"N_CM2"},
                 "pptAfter":{"value":2000}}]}""".formatted(POINT), NoteForm.class);

        assertThat(form.toInput(PressureUnit.KPA).points().get(0).pptBeforeKpa())
                .isEqualTo(2000.0);
        assertThat(form.toInput(PressureUnit.KPA).points().get(0).pptAfterKpa()).isEqualTo(2000.0);
    }
}
