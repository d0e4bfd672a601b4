package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;
import org.knotwork.practice.DateRegion;

/**
 * Lays a handout out as a tagged PDF/A-2a and PDF/UA-1 file with OpenPDF: letterhead and client, then page 1's body
 * map with its legend, heat advice, the therapist's note and next appointment and the safety box ({@link FirstPage}),
 * the home care per muscle, and the week's table.
 * Standard or large print, A4 or Letter, in the language of its {@link HandoutWording}. The same content, paper and
 * print give the same bytes: the dates in the file are the content's fixed instant and the file ID is derived from
 * the note, the paper, the print, the language and the country of the dates.
 */
final class HandoutDocument {

    static final float MARGIN = 40f;

    private final HandoutWording words;
    private final DateRegion region;
    private final Map<PrintSize, HomeCareSections> sections = new EnumMap<>(PrintSize.class);

    HandoutDocument(HandoutWording words) {
        this(words, null);
    }

    /** {@code region}: the country the words' dates are written for, or null for the language's own way. */
    HandoutDocument(HandoutWording words, DateRegion region) {
        this.words = words;
        this.region = region;
        for (PrintSize print : PrintSize.values()) {
            sections.put(print, new HomeCareSections(words, HandoutStyle.of(print)));
        }
    }

    HandoutWording words() {
        return words;
    }

    byte[] render(HandoutContent content, PaperSize paper) {
        return render(content, paper, PrintSize.STANDARD);
    }

    byte[] render(HandoutContent content, PaperSize paper, PrintSize print) {
        PrintableContent.require(content);
        Laid sheet = lay(content, paper, print, true);
        if (!sheet.subsetHere()) {
            return sheet.pdf();
        }
        // A glyph outside the prepared fonts (a character the font has beyond the promised scripts): OpenPDF subset
        // the font for this sheet under a random tag, which is then fixed in the bytes so that the same note gives
        // the same file. The tag must therefore be in plain sight, not packed into a compressed object stream.
        return SubsetTags.fix(lay(content, paper, print, false).pdf());
    }

    private record Laid(byte[] pdf, boolean subsetHere) {}

    private Laid lay(HandoutContent content, PaperSize paper, PrintSize print, boolean packed) {
        HandoutStyle style = HandoutStyle.of(print);
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        Document document = new Document(
                paper == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4,
                MARGIN,
                MARGIN,
                MARGIN,
                48f + style.leading());
        String title = words.text("document.title", content.clientName());
        try {
            SheetWriter writer = SheetWriter.open(document, out, HandoutFonts.liberation());
            // Fastest deflate: the text streams shrink almost as much, at a fraction of the time (see performance.md).
            writer.setCompressionLevel(Deflater.BEST_SPEED);
            if (packed) {
                // The dictionaries (a tagged sheet has hundreds of structure elements) in compressed object streams
                // and a cross-reference stream: a smaller file, and OpenPDF writes a cross-reference stream's
                // entries as bytes where it formats each line of a table as text (a sixth of the sheet's CPU).
                writer.setFullCompression();
            }
            ArchivalPdf.prepare(writer);
            writer.setPageEvent(new HandoutPageEvents(content, words, style));
            document.addTitle(title);
            document.addCreator("Knotwork");
            document.open();
            fix(writer, content, paper, print);
            TaggedFlow flow = new TaggedFlow(document, writer, style, words.text("continued"));
            new HandoutHeader(words, style).add(flow, content);
            HomeCareSections body = sections.get(print);
            FirstPage.HeatPlace heat = new FirstPage(new BodyMapSection(words, style, body), body).add(flow, content);
            body.add(flow, content, heat);
            new DoseTable(words, style).add(flow, content);
            ArchivalPdf.describe(writer, words.locale(), title, content.fixedAt());
            document.close();
            return new Laid(out.toByteArray(), writer.subsetHere());
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be laid out.", e);
        }
    }

    /** Creation and modification date from the content, file ID from what was asked for: reproducible bytes. */
    private void fix(PdfWriter writer, HandoutContent content, PaperSize paper, PrintSize print) {
        Calendar at = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(content.fixedAt().toEpochMilli());
        PdfDate date = new PdfDate(at);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        // A country's dates make another file; without one the ID is what it was before countries were chosen.
        String asked = content.noteId() + "/" + paper + "/" + content.preview() + "/" + print + "/"
                + words.locale().toLanguageTag() + (region == null ? "" : "/" + region.code());
        byte[] id = Arrays.copyOf(sha256(asked), 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
