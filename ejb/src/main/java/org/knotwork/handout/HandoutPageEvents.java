package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** On every page: the page number and the practice at the foot, and across a draft's pages the word PREVIEW. */
final class HandoutPageEvents extends PdfPageEventHelper {

    private final HandoutContent content;
    private final HandoutWording words;
    private final HandoutStyle style;

    HandoutPageEvents(HandoutContent content, HandoutWording words, HandoutStyle style) {
        this.content = content;
        this.words = words;
        this.style = style;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float width = document.getPageSize().getWidth();
        canvas.saveState();
        canvas.beginText();
        canvas.setGrayFill(0f);
        canvas.setFontAndSize(style.regularBase(), 9);
        String practice =
                content.letterhead().name() == null ? "" : content.letterhead().name() + "   ";
        canvas.showTextAligned(
                PdfContentByte.ALIGN_CENTER,
                practice + words.text("footer.page", writer.getPageNumber()),
                width / 2,
                24,
                0);
        canvas.endText();
        canvas.restoreState();
        if (content.preview()) {
            watermark(
                    writer.getDirectContentUnder(),
                    width,
                    document.getPageSize().getHeight());
        }
    }

    private void watermark(PdfContentByte under, float width, float height) {
        under.saveState();
        PdfGState light = new PdfGState();
        light.setFillOpacity(0.12f);
        under.setGState(light);
        under.beginText();
        under.setGrayFill(0f);
        under.setFontAndSize(style.boldBase(), 110);
        under.showTextAligned(
                PdfContentByte.ALIGN_CENTER, words.text("preview.watermark"), width / 2, height / 2 - 40, 55);
        under.endText();
        under.restoreState();
    }
}
