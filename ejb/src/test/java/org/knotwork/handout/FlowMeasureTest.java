package org.knotwork.handout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowMeasureTest {

    private static final List<String> TEXTS = List.of(
            "Rest your fingertips on the top of the shoulder and press lightly.",
            "Because you take blood-thinning medication, use your fingertips only, never a ball or your body's weight,"
                    + " and stop if you see a bruise.",
            "Keep your screen at eye level.\nWalk for ten minutes every hour.\n\nDrink water.",
            "Łucja Nguyễn-Øster: Ελληνικά, кириллица, ≤ 10 min, "
                    + "averyveryverylongwordwithoutanyspacethatmustbesplitacrossthecolumnbecauseitcannotfitonone",
            "");

    @Test
    void aMuscleIsNeverMovedOnAHeightItCannotReach() throws Exception {
        for (PrintSize print : PrintSize.values()) {
            HandoutStyle style = HandoutStyle.of(print);
            for (String text : TEXTS) {
                for (Paragraph paragraph :
                        List.of(style.paragraph(text), style.strong(text), style.heading(text), mixed(style, text))) {
                    for (float width : new float[] {120, 250, 515}) {
                        float least = FlowMeasure.least(paragraph, width, 8);
                        float measured = FlowMeasure.measure(paragraph, width);
                        assertTrue(
                                least <= measured,
                                () -> print + ", " + width + " pt: least " + least + " > measured " + measured
                                        + " for \"" + text + "\"");
                    }
                }
            }
        }
    }

    private static Paragraph mixed(HandoutStyle style, String text) {
        Paragraph paragraph = new Paragraph(style.leading(), "", style.body());
        paragraph.add(new Chunk("Note: ", style.bold()));
        paragraph.add(new Chunk(text, style.body()));
        return paragraph;
    }
}
