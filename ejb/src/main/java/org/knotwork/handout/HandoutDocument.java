package org.knotwork.handout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.zip.Deflater;
import org.knotwork.handout.HandoutContent.MarkedPoint;

/**
 * Lays a handout out as a PDF with OpenPDF: letterhead and client, body map with its legend, the therapist's note
 * and next appointment, the home care per muscle, heat, and safety. Uses the PDF standard fonts (nothing to embed or
 * load) in sizes that read on a phone, black on white only. The same content and paper give the same bytes: the
 * dates in the file are the content's fixed instant and the file ID is derived from the note and the paper.
 */
final class HandoutDocument {

    static final float MARGIN = 40f;

    private final HandoutWording words;
    private final HandoutStyle style;
    private final HomeCareSections sections;

    HandoutDocument(HandoutWording words) {
        this.words = words;
        this.style = HandoutStyle.standard();
        this.sections = new HomeCareSections(words, style);
    }

    byte[] render(HandoutContent content, PaperSize paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document =
                new Document(paper == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4, MARGIN, MARGIN, MARGIN, 50f);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // Fastest deflate: the text streams shrink almost as much, at a fraction of the time (see performance.md).
            writer.setCompressionLevel(Deflater.BEST_SPEED);
            writer.setPageEvent(new HandoutPageEvents(content, words, style));
            document.addTitle(words.text("document.title", content.clientName()));
            document.addCreator("Knotwork");
            document.open();
            fix(writer, content, paper);
            new HandoutHeader(words, style).add(document, content);
            bodyMap(document, writer, content);
            sections.add(document, writer, content);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be laid out.", e);
        }
        return out.toByteArray();
    }

    private void bodyMap(Document document, PdfWriter writer, HandoutContent content) throws DocumentException {
        document.add(style.heading(words.text("map.title")));
        PdfPTable table = new PdfPTable(new float[] {55, 45});
        table.setWidthPercentage(100);
        Image map = BodyMapPanel.draw(writer.getDirectContent(), content.points(), words, style.boldBase());
        PdfPCell drawing = new PdfPCell(map, false);
        drawing.setBorder(Rectangle.NO_BORDER);
        drawing.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(drawing);
        PdfPCell legend = new PdfPCell();
        legend.setBorder(Rectangle.NO_BORDER);
        legend.setPaddingTop(10);
        for (MarkedPoint point : content.points()) {
            Paragraph line = style.paragraph(
                    words.text("point.line", point.number(), point.muscleName(), words.side(point.side())));
            line.setSpacingAfter(1);
            legend.addElement(line);
        }
        Paragraph caption = new Paragraph(words.text("map.caption"), style.small());
        caption.setSpacingBefore(4);
        legend.addElement(caption);
        sections.heat(legend, content);
        table.addCell(legend);
        table.setSpacingAfter(6);
        document.add(table);
    }

    /** Creation and modification date from the content, file ID from the note and paper: reproducible bytes. */
    private static void fix(PdfWriter writer, HandoutContent content, PaperSize paper) {
        Calendar at = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(content.fixedAt().toEpochMilli());
        PdfDate date = new PdfDate(at);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = Arrays.copyOf(sha256(content.noteId() + "/" + paper + "/" + content.preview()), 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }

    /** The standard fonts need no file; this only fails if the runtime lost its own resources. */
    static BaseFont standardFont(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static Phrase phrase(String text, Font font) {
        return new Phrase(new Chunk(text, font));
    }
}
