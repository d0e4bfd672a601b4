package org.knotwork.handout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainLines} against OpenPDF's {@code ColumnText} on the same paragraphs and columns: the same place after
 * every column (simulated and written), the same number of columns, and the very same bytes in the content stream.
 */
class PlainLinesTest {

    private static final String[] WORDS = {
        "press",
        "lightly",
        "the",
        "shoulder",
        "blood-thinning",
        "fingertips",
        "a",
        "I",
        "—",
        "10 min",
        "≤",
        "Łucja",
        "Nguyễn-Øster",
        "Ελληνικά",
        "кириллица",
        "averyveryverylongwordwithoutanyspacethatcannotfitonaline",
        "x-",
        "-",
        "co\u2010operate",
        "no\u00a0break",
        "em\u2003space",
        "tab\there",
        "(continued)",
        "„quoted“",
        "café",
        "ᴀ",
        "",
        " ",
        "  ",
        "\n",
        "\n\n",
        " \n",
        "\n ",
        "end.",
    };

    @Test
    void linesPositionsAndBytesAreColumnTextsOwn() throws Exception {
        HandoutStyle standard = HandoutStyle.of(PrintSize.STANDARD);
        HandoutStyle large = HandoutStyle.of(PrintSize.LARGE);
        Font[] fonts = {
            standard.body(), standard.bold(), large.body(), standard.title(), standard.subheadingFont(), large.bold()
        };
        Random random = new Random(20261130L);
        for (int round = 0; round < 3000; round++) {
            Paragraph paragraph = paragraph(random, fonts);
            float width = 1 + random.nextFloat() * 520;
            float height = 8 + random.nextFloat() * 200;
            float left = 20 + random.nextFloat() * 60;
            int theRound = round;
            String what = "round " + round + ", width " + width + ", height " + height + ": \"" + paragraph.getContent()
                    + "\"";
            assertNotNull(PlainLines.of(paragraph), what);
            Outcome expected = columnText(paragraph, left, width, height, false);
            Outcome actual = plain(paragraph, left, width, height, false);
            assertEquals(expected.ys, actual.ys, () -> "simulated, " + what);
            Outcome written = columnText(paragraph, left, width, height, true);
            Outcome direct = plain(paragraph, left, width, height, true);
            assertEquals(written.ys, direct.ys, () -> "written, " + what);
            assertEquals(
                    new String(written.bytes, java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(direct.bytes, java.nio.charset.StandardCharsets.ISO_8859_1),
                    () -> "bytes, " + what + " " + theRound);
            assertArrayEquals(written.bytes, direct.bytes);
        }
    }

    @Test
    void anythingButPlainTextIsLeftToColumnText() {
        Font body = HandoutStyle.standard().body();
        Paragraph justified = new Paragraph(15, "a b", body);
        justified.setAlignment(Element.ALIGN_JUSTIFIED);
        Paragraph indented = new Paragraph(15, "a b", body);
        indented.setIndentationLeft(4);
        Paragraph first = new Paragraph(15, "a b", body);
        first.setFirstLineIndent(4);
        Paragraph kept = new Paragraph(15, "a b", body);
        kept.setKeepTogether(true);
        Paragraph rtl = new Paragraph(15, "a b", body);
        rtl.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        Paragraph underlined = new Paragraph(15, "a b", new Font(body.getBaseFont(), 12, Font.UNDERLINE));
        Paragraph coloured = new Paragraph(15, "a b", new Font(body.getBaseFont(), 12, Font.NORMAL, Color.RED));
        Paragraph helvetica = new Paragraph(15, "a b", new Font(Font.HELVETICA, 12));
        Paragraph linked = new Paragraph(15, "", body);
        linked.add(new Chunk("a b", body).setAnchor("https://example.org"));
        Paragraph surrogate = new Paragraph(15, "a \uD835\uDC00 b", body);
        Paragraph carriage = new Paragraph(15, "a\r\nb", body);
        Paragraph format = new Paragraph(15, "a\u200Bb", body);
        for (Paragraph paragraph : List.of(
                justified,
                indented,
                first,
                kept,
                rtl,
                underlined,
                coloured,
                helvetica,
                linked,
                surrogate,
                carriage,
                format)) {
            assertNull(PlainLines.of(paragraph), paragraph.getContent());
        }
    }

    private static Paragraph paragraph(Random random, Font[] fonts) {
        Font first = fonts[random.nextInt(fonts.length)];
        Paragraph paragraph = new Paragraph(first.getSize() * (1 + random.nextFloat()), "", first);
        if (random.nextInt(4) == 0) {
            paragraph.setLeading(random.nextFloat() * 10, random.nextFloat() * 1.5f);
        }
        int[] alignments = {Element.ALIGN_LEFT, Element.ALIGN_CENTER, Element.ALIGN_RIGHT, Element.ALIGN_UNDEFINED};
        paragraph.setAlignment(alignments[random.nextInt(alignments.length)]);
        paragraph.setSpacingAfter(random.nextInt(3) * 2.5f);
        paragraph.setSpacingBefore(random.nextInt(3) * 3f);
        int chunks = random.nextInt(4);
        for (int c = 0; c < chunks; c++) {
            Font font = random.nextInt(3) == 0 ? fonts[random.nextInt(fonts.length)] : first;
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(30);
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
                if (random.nextInt(5) != 0) {
                    text.append(' ');
                }
            }
            paragraph.add(new Chunk(text.toString(), font));
        }
        return paragraph;
    }

    private record Outcome(List<Float> ys, byte[] bytes) {}

    /** As TaggedFlow lays a paragraph: column after column of {@code height} until the text is all placed. */
    private static Outcome columnText(Paragraph paragraph, float left, float width, float height, boolean write)
            throws Exception {
        Canvas canvas = write ? new Canvas() : null;
        ColumnText column = new ColumnText(write ? canvas.content : null);
        column.addElement(paragraph);
        List<Float> ys = new ArrayList<>();
        for (int columns = 0; columns < 200; columns++) {
            float top = 800 - columns % 3;
            column.setSimpleColumn(left, top - height, left + width, top);
            int status = column.go(!write);
            ys.add(column.getYLine());
            if (!ColumnText.hasMoreText(status)) {
                break;
            }
        }
        return new Outcome(ys, write ? canvas.close() : null);
    }

    private static Outcome plain(Paragraph paragraph, float left, float width, float height, boolean write)
            throws Exception {
        Canvas canvas = write ? new Canvas() : null;
        PlainLines lines = PlainLines.of(paragraph);
        List<Float> ys = new ArrayList<>();
        for (int columns = 0; columns < 200; columns++) {
            float top = 800 - columns % 3;
            ys.add(lines.go(write ? canvas.content : null, left, top - height, left + width, top));
            if (lines.done()) {
                break;
            }
        }
        return new Outcome(ys, write ? canvas.close() : null);
    }

    /** A page to write on, its content stream read back; the document is never closed (it may stay empty). */
    private static final class Canvas {
        final Document document = new Document(PageSize.A4);
        final PdfWriter writer;
        final PdfContentByte content;

        Canvas() throws Exception {
            writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
            document.open();
            content = writer.getDirectContent();
        }

        byte[] close() {
            return content.getInternalBuffer().toByteArray();
        }
    }
}
