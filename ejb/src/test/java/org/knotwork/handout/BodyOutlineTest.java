package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfContentByte;
import org.junit.jupiter.api.Test;

/** The figure copied from the once-drawn operators is what drawing it writes, so handouts keep their bytes. */
class BodyOutlineTest {

    @Test
    void aCopiedFigureIsByteForByteTheDrawnOne() {
        for (boolean front : new boolean[] {true, false}) {
            PdfContentByte drawn = new PdfContentByte(null);
            new BodyOutline(drawn, 12f, 250f, BodyMapPanel.FIGURE_HEIGHT).drawOperators(front);

            for (int handout = 0; handout < 2; handout++) {
                PdfContentByte copied = new PdfContentByte(null);
                new BodyOutline(copied, 12f, 250f, BodyMapPanel.FIGURE_HEIGHT).draw(front);

                assertThat(copied.toPdf(null)).isEqualTo(drawn.toPdf(null));
            }
        }
    }

    @Test
    void eachViewAndBoxHasItsOwnFigure() {
        PdfContentByte front = new PdfContentByte(null);
        PdfContentByte back = new PdfContentByte(null);
        PdfContentByte moved = new PdfContentByte(null);

        new BodyOutline(front, 0f, 250f, 200f).draw(true);
        new BodyOutline(back, 0f, 250f, 200f).draw(false);
        new BodyOutline(moved, 40f, 250f, 200f).draw(true);

        assertThat(front.toPdf(null)).isNotEqualTo(back.toPdf(null)).isNotEqualTo(moved.toPdf(null));
    }
}
