package org.knotwork.handout;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.IOException;
import org.knotwork.handout.HandoutContent.Letterhead;

/**
 * The top of the first page: whose plan this is on the right (read first: the title and the client), the practice's
 * letterhead on the left, a rule beneath. A draft's sheet starts with a framed PREVIEW notice. The logo is an
 * artifact: the practice's name is printed beside it as text.
 */
final class HandoutHeader {

    private static final float LOGO_HEIGHT = 48f;

    private final HandoutWording words;
    private final HandoutStyle style;

    HandoutHeader(HandoutWording words, HandoutStyle style) {
        this.words = words;
        this.style = style;
    }

    void add(TaggedFlow flow, HandoutContent content) throws DocumentException {
        if (content.preview()) {
            flow.beginBox();
            flow.add(centred(style.strong(words.text("preview.banner"))));
            flow.endBox();
            flow.moveTo(flow.y() - 6);
        }
        float top = flow.y();
        float middle = (flow.pageLeft() + flow.pageRight()) / 2;
        flow.column(middle - 40, flow.pageRight(), top);
        flow.add(right(style.title(words.text("title"))));
        flow.add(right(style.strong(words.text("header.client", content.clientName()))));
        flow.add(right(style.paragraph(words.text("header.session", words.date(content.sessionDate())))));
        flow.add(right(style.paragraph(words.text("header.therapist", content.therapistName()))));
        float clientBottom = flow.y();
        flow.column(flow.pageLeft(), middle - 52, top);
        letterhead(flow, content.letterhead());
        float bottom = Math.min(clientBottom, flow.y()) - 4;
        flow.column(flow.pageLeft(), flow.pageRight(), bottom);
        rule(flow.canvas(), flow.pageLeft(), flow.pageRight(), bottom);
        flow.moveTo(bottom - 6);
    }

    private void letterhead(TaggedFlow flow, Letterhead letterhead) throws DocumentException {
        if (letterhead.logo() != null) {
            Image logo = logo(letterhead.logo());
            PdfContentByte canvas = flow.canvas();
            canvas.beginMarkedContentSequence(TaggedFlow.ARTIFACT);
            canvas.addImage(
                    logo,
                    logo.getScaledWidth(),
                    0,
                    0,
                    logo.getScaledHeight(),
                    flow.left(),
                    flow.y() - logo.getScaledHeight());
            canvas.endMarkedContentSequence();
            flow.moveTo(flow.y() - logo.getScaledHeight() - 4);
        }
        if (letterhead.name() != null) {
            flow.add(new Paragraph(style.leading() * 1.08f, letterhead.name(), style.subheadingFont()));
        }
        if (letterhead.contact() != null) {
            flow.add(style.small(letterhead.contact()));
        }
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.beginMarkedContentSequence(TaggedFlow.ARTIFACT);
        canvas.saveState();
        canvas.setLineWidth(1f);
        canvas.setGrayStroke(0f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    private static Image logo(byte[] bytes) throws BadElementException {
        try {
            Image logo = Image.getInstance(bytes);
            logo.scaleToFit(180, LOGO_HEIGHT);
            return logo;
        } catch (IOException e) {
            throw new BadElementException("The practice logo is not a readable image.");
        }
    }

    private static Paragraph right(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static Paragraph centred(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }
}
