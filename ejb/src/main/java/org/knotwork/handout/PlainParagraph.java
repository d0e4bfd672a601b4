package org.knotwork.handout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a paragraph is plain enough for {@link PlainLines}, and if so its text read into arrays: the characters,
 * the chunk each comes from, per chunk its face, size and width table (one per face, made once per JVM), and the
 * paragraph's leading, alignment and space after.
 *
 * <p>Plain means: aligned left, right or centred (not justified), no indentation, the default run direction, no
 * keep-together, and every chunk text in one of the sheet's two faces (Liberation Sans, {@link HandoutFonts}) with no
 * style, colour or attribute of its own (no underline, link, hyphenation, tab, image, split rule); no surrogate pairs,
 * carriage returns or OpenPDF's unprinted format characters. Anything else is laid out by {@code ColumnText} as before
 * ({@link #of} answers null).
 */
final class PlainParagraph {

    /** Widths in font units for the Basic Multilingual Plane, per font, as {@code BaseFont.getWidth(char)} says. */
    private static final Map<BaseFont, int[]> WIDTHS = new ConcurrentHashMap<>();

    private final char[] text;
    private final int[] piece;
    private final BaseFont[] fonts;
    private final float[] sizes;
    private final int[][] widths;
    private final float fixedLeading;
    private final float multipliedLeading;
    private final int alignment;
    private final float spacingAfter;

    private PlainParagraph(Paragraph paragraph, List<Chunk> chunks, int length) {
        text = new char[length];
        piece = new int[length];
        fonts = new BaseFont[chunks.size()];
        sizes = new float[chunks.size()];
        widths = new int[chunks.size()][];
        int at = 0;
        for (int k = 0; k < chunks.size(); k++) {
            Chunk chunk = chunks.get(k);
            Font font = chunk.getFont();
            fonts[k] = font.getBaseFont();
            sizes[k] = font.getSize() == Font.UNDEFINED ? 12 : font.getSize();
            widths[k] = widths(fonts[k]);
            String content = chunk.getContent();
            content.getChars(0, content.length(), text, at);
            for (int i = 0; i < content.length(); i++) {
                piece[at++] = k;
            }
        }
        fixedLeading = paragraph.getLeading();
        multipliedLeading = paragraph.getMultipliedLeading();
        alignment = paragraph.getAlignment();
        spacingAfter = paragraph.getSpacingAfter();
    }

    /** The paragraph read into arrays, or null when it is not plain (see above) and needs {@code ColumnText}. */
    static PlainParagraph of(Paragraph paragraph) {
        int alignment = paragraph.getAlignment();
        if (alignment != Element.ALIGN_LEFT
                        && alignment != Element.ALIGN_UNDEFINED
                        && alignment != Element.ALIGN_CENTER
                        && alignment != Element.ALIGN_RIGHT
                || paragraph.getIndentationLeft() != 0
                || paragraph.getIndentationRight() != 0
                || paragraph.getFirstLineIndent() != 0
                || paragraph.getExtraParagraphSpace() != 0
                || paragraph.getKeepTogether()
                || paragraph.getRunDirection() != PdfWriter.RUN_DIRECTION_DEFAULT
                        && paragraph.getRunDirection() != PdfWriter.RUN_DIRECTION_NO_BIDI) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Chunk> chunks = (List<Chunk>) (List<?>) paragraph.getChunks();
        int length = 0;
        for (Object element : chunks) {
            if (!(element instanceof Chunk chunk) || !plain(chunk)) {
                return null;
            }
            length += chunk.getContent().length();
        }
        return new PlainParagraph(paragraph, chunks, length);
    }

    private static boolean plain(Chunk chunk) {
        Font font = chunk.getFont();
        if (font == null
                || font.getBaseFont() == null
                || !sheetFont(font.getBaseFont())
                || font.getStyle() != Font.UNDEFINED && font.getStyle() != Font.NORMAL
                || font.getColor() != null
                || chunk.getChunkAttributes() != null
                        && !chunk.getChunkAttributes().isEmpty()) {
            return false;
        }
        String content = chunk.getContent();
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\r' || Character.isSurrogate(c) || noPrint(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sheet's two faces, parsed once per JVM: only their widths are kept, so that the table stays two arrays
     * whatever else a caller lays out.
     */
    private static boolean sheetFont(BaseFont font) {
        HandoutFonts sheet = HandoutFonts.liberation();
        return font.getFontType() == BaseFont.FONT_TYPE_TTUNI && (font == sheet.regular() || font == sheet.bold());
    }

    private static int[] widths(BaseFont font) {
        int[] known = WIDTHS.get(font);
        if (known != null) {
            return known;
        }
        return WIDTHS.computeIfAbsent(font, f -> {
            int[] table = new int[0x10000];
            for (int c = 0; c < table.length; c++) {
                if (!Character.isSurrogate((char) c)) {
                    table[c] = f.getWidth(c);
                }
            }
            return table;
        });
    }

    /** OpenPDF's {@code PdfChunk.noPrint}: format characters it neither measures nor shows. */
    private static boolean noPrint(int c) {
        return c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e;
    }

    int length() {
        return text.length;
    }

    char charAt(int at) {
        return text[at];
    }

    /** The characters from {@code from} to {@code to}, both included. */
    String text(int from, int to) {
        return new String(text, from, to - from + 1);
    }

    /** Which chunk the character at {@code at} comes from. */
    int chunkAt(int at) {
        return piece[at];
    }

    BaseFont font(int chunk) {
        return fonts[chunk];
    }

    float size(int chunk) {
        return sizes[chunk];
    }

    /** {@code PdfChunk.getCharWidth}: the font's width in points, as {@code BaseFont.getWidthPoint} computes it. */
    float width(int at) {
        int k = piece[at];
        return widths[k][text[at]] * 0.001f * sizes[k];
    }

    /** The width of the characters from {@code from} to {@code to}, both included, added one by one. */
    float width(int from, int to) {
        float total = 0;
        for (int i = from; i <= to; i++) {
            total += width(i);
        }
        return total;
    }

    /** The largest size among the characters from {@code from} to {@code to}, both included; 0 for none. */
    float largestSize(int from, int to) {
        float largest = 0;
        for (int i = from; i <= to; i++) {
            largest = Math.max(largest, sizes[piece[i]]);
        }
        return largest;
    }

    /** How far a line whose largest size is {@code largest} stands below the last, as {@code ColumnText} keeps it. */
    float leading(float largest) {
        return Math.max(fixedLeading + largest * multipliedLeading, -10000f);
    }

    /** {@code PdfLine.indentLeft}, its left being 0: where a line with {@code widthLeft} points to spare starts. */
    float indent(float widthLeft) {
        return alignment == Element.ALIGN_CENTER
                ? 0 + widthLeft / 2f
                : alignment == Element.ALIGN_RIGHT ? 0 + widthLeft : 0;
    }

    float spacingAfter() {
        return spacingAfter;
    }
}
