package org.knotwork.handout;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import org.knotwork.handout.HandoutContent.Letterhead;

/** The top of the first page: the practice's letterhead on the left, whose plan this is on the right. */
final class HandoutHeader {

    private static final float LOGO_HEIGHT = 48f;

    private final HandoutWording words;
    private final HandoutStyle style;

    HandoutHeader(HandoutWording words, HandoutStyle style) {
        this.words = words;
        this.style = style;
    }

    void add(Document document, HandoutContent content) throws DocumentException {
        if (content.preview()) {
            PdfPTable banner = new PdfPTable(1);
            banner.setWidthPercentage(100);
            PdfPCell cell = new PdfPCell(style.strong(words.text("preview.banner")));
            cell.setBorderWidth(1.5f);
            cell.setPadding(6);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            banner.addCell(cell);
            banner.setSpacingAfter(8);
            document.add(banner);
        }
        PdfPTable table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.addCell(letterhead(content.letterhead()));
        PdfPCell client = cell();
        client.setHorizontalAlignment(Element.ALIGN_RIGHT);
        client.addElement(right(new Paragraph(words.text("title"), style.title())));
        client.addElement(right(style.strong(words.text("header.client", content.clientName()))));
        client.addElement(right(style.paragraph(words.text("header.session", words.date(content.sessionDate())))));
        client.addElement(right(style.paragraph(words.text("header.therapist", content.therapistName()))));
        table.addCell(client);
        PdfPCell rule = new PdfPCell();
        rule.setColspan(2);
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderWidth(1f);
        rule.setFixedHeight(6);
        table.addCell(rule);
        document.add(table);
    }

    private PdfPCell letterhead(Letterhead letterhead) throws DocumentException {
        PdfPCell cell = cell();
        if (letterhead.logo() != null) {
            cell.addElement(logo(letterhead.logo()));
        }
        if (letterhead.name() != null) {
            cell.addElement(new Paragraph(letterhead.name(), style.subheadingFont()));
        }
        if (letterhead.contact() != null) {
            cell.addElement(new Paragraph(letterhead.contact(), style.small()));
        }
        return cell;
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

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static Paragraph right(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }
}
