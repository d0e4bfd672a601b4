package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * On every page: "Page n of N" and the practice at the foot, and across a draft's pages the word PREVIEW, in light
 * grey behind the text (no transparency, which PDF/A would need declared). Both are artifacts: a screen reader reads
 * the sheet, not its page furniture. N is known only at the end, so it is a small form filled in when the document
 * closes.
 */
final class HandoutPageEvents extends PdfPageEventHelper {

    private static final String TOTAL = "\u0000";

    private final HandoutContent content;
    private final HandoutWording words;
    private final HandoutStyle style;
    private PdfTemplate total;

    HandoutPageEvents(HandoutContent content, HandoutWording words, HandoutStyle style) {
        this.content = content;
        this.words = words;
        this.style = style;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(footerSize() * 2f, footerSize() * 1.3f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        BaseFont font = style.regularBase();
        float size = footerSize();
        String practice =
                content.letterhead().name() == null ? "" : content.letterhead().name() + "   ";
        String[] page = (practice + words.text("footer.page", writer.getPageNumber(), TOTAL)).split(TOTAL, -1);
        float before = font.getWidthPoint(page[0], size);
        float after = font.getWidthPoint(page[1], size);
        float digits = font.getWidthPoint("0", size) * 2;
        float x = (document.getPageSize().getWidth() - before - digits - after) / 2;
        float baseline = 24;
        canvas.beginMarkedContentSequence(TaggedFlow.ARTIFACT);
        canvas.beginText();
        canvas.setGrayFill(0f);
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, baseline);
        canvas.showText(page[0]);
        canvas.endText();
        canvas.addTemplate(total, x + before, baseline - 0.3f * size);
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x + before + digits, baseline);
        canvas.showText(page[1]);
        canvas.endText();
        canvas.endMarkedContentSequence();
        if (content.preview()) {
            watermark(writer.getDirectContentUnder(), document);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        float size = footerSize();
        total.beginText();
        total.setGrayFill(0f);
        total.setFontAndSize(style.regularBase(), size);
        total.setTextMatrix(0, 0.3f * size);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    private float footerSize() {
        return style.body().getSize();
    }

    private void watermark(PdfContentByte under, Document document) {
        under.beginMarkedContentSequence(TaggedFlow.ARTIFACT);
        ColumnText.showTextAligned(
                under,
                Element.ALIGN_CENTER,
                new Phrase(
                        words.text("preview.watermark"),
                        new com.lowagie.text.Font(style.boldBase(), 110, 0, new java.awt.Color(224, 224, 224))),
                document.getPageSize().getWidth() / 2,
                document.getPageSize().getHeight() / 2 - 40,
                55);
        under.endMarkedContentSequence();
    }
}
