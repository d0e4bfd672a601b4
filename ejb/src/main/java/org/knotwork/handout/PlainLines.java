package org.knotwork.handout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain paragraph broken into lines and written straight onto the page, the very lines and bytes OpenPDF's
 * {@code ColumnText} would write for it (composite mode, one paragraph, a rectangular column), without its general
 * machinery: per paragraph {@code ColumnText} makes two layout objects, a {@code BidiLine} with four 256-slot arrays,
 * a {@code PdfChunk} with attribute maps per piece of text, and looks each character's width up through the font per
 * line laid out (see performance.md). Here the widths come from one array per font, made once per JVM.
 *
 * <p>Plain means: aligned left, right or centred (not justified), no indentation, the default run direction, no
 * keep-together, and every chunk text in one of the sheet's two faces (Liberation Sans, {@link HandoutFonts}) with no
 * style, colour or attribute of its own (no underline, link, hyphenation, tab, image, split rule); no surrogate pairs,
 * carriage returns or OpenPDF's unprinted format characters. Anything else is laid out by {@code ColumnText} as before
 * ({@link #of} answers null).
 *
 * <p>The rules copied from OpenPDF 2.0.5 ({@code ColumnText.go}, {@code goComposite}, {@code BidiLine.getParagraph}
 * and {@code processLine}, {@code PdfDocument.writeLineToContent}), each with the same float arithmetic: a new line
 * of text at each {@code \n}, trailing blanks of each dropped, the leading blanks of a wrapped line dropped; a line
 * breaks after the last space, hyphen or other split character that fits, inside a word when none does, and holds at
 * least one character; each line is {@code Math.max(leading + largest size × multiplied leading, -10000)} below the
 * last and is written only if it stays above the column's foot; the paragraph's space before is not added (a fresh
 * column's first paragraph), its space after is once the last line is written. Each line is one text matrix and one
 * {@code Tj} per chunk it shows, the font set when it changes within one call, inside one {@code BT}/{@code ET} per
 * call; the caller's marked-content sequence wraps it as it wrapped {@code ColumnText}'s.
 * {@code PlainLinesTest} compares the layout and the bytes with {@code ColumnText}'s.
 */
final class PlainLines {

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

    /*
     * Where the next line starts, as BidiLine keeps it: the text is read one segment at a time (up to each '\n'), the
     * segment being broken is text[segmentStart .. segmentEnd] with its trailing blanks dropped (segmentEnd <
     * segmentStart for an empty line), current is the next character to place, scan where the next segment begins.
     */
    private int segmentStart;
    private int segmentEnd = -1;
    private int current;
    private int scan;
    private int emptyLineAt = -1;
    private boolean done;

    private PlainLines(Paragraph paragraph, List<Chunk> chunks, int length) {
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

    /** The paragraph to be laid out here, or null when it is not plain (see above) and needs {@code ColumnText}. */
    static PlainLines of(Paragraph paragraph) {
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
        return new PlainLines(paragraph, chunks, length);
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

    /** Whether every line has been written (or measured), and the space after the paragraph taken. */
    boolean done() {
        return done;
    }

    /** {@code PdfChunk.getCharWidth}: the font's width in points, as {@code BaseFont.getWidthPoint} computes it. */
    private float width(int at) {
        int k = piece[at];
        return widths[k][text[at]] * 0.001f * sizes[k];
    }

    private float width(int from, int to) {
        float total = 0;
        for (int i = from; i <= to; i++) {
            total += width(i);
        }
        return total;
    }

    /**
     * Writes (or, with {@code canvas} null, only measures) as many lines as fit in the column from {@code top} down to
     * {@code bottom}, between {@code left} and {@code right}, as {@code ColumnText.go} does after
     * {@code setSimpleColumn(left, bottom, right, top)}. Answers where the pen stands after it: below the last line
     * written, and below the space after the paragraph when it is {@link #done()}.
     */
    float go(PdfContentByte canvas, float left, float bottom, float right, float top) {
        float leftX = Math.min(left, right);
        float maxY = Math.max(bottom, top);
        float minY = Math.min(bottom, top);
        float columnWidth = Math.max(left, right) - leftX;
        if (columnWidth < 0) {
            columnWidth = 0;
        }
        float yLine = maxY;
        if (done) {
            return yLine;
        }
        PdfContentByte out = null;
        BaseFont currentFont = null;
        float currentSize = 0;
        while (true) {
            if (columnWidth <= 0) {
                break;
            }
            boolean segmentLeft = current <= segmentEnd || emptyLineAt >= 0;
            if (!segmentLeft && scan >= text.length) {
                done = true;
                break;
            }
            // Keep the place, as BidiLine.save() does, to go back to it when the line does not fit.
            int savedStart = segmentStart;
            int savedEnd = segmentEnd;
            int savedCurrent = current;
            int savedScan = scan;
            int savedEmpty = emptyLineAt;
            if (!segmentLeft && !nextSegment()) {
                done = true;
                break;
            }
            int[] line = line(columnWidth);
            int from = line[0];
            int to = line[1];
            float widthLeft = Float.intBitsToFloat(line[2]);
            int sizeOf = line[3];
            float largest = 0;
            if (sizeOf >= 0) {
                largest = sizes[piece[sizeOf]];
            } else {
                for (int i = from; i <= to; i++) {
                    largest = Math.max(largest, sizes[piece[i]]);
                }
            }
            float leading = Math.max(fixedLeading + largest * multipliedLeading, -10000f);
            if (yLine > maxY || yLine - leading < minY) {
                segmentStart = savedStart;
                segmentEnd = savedEnd;
                current = savedCurrent;
                scan = savedScan;
                emptyLineAt = savedEmpty;
                break;
            }
            yLine -= leading;
            if (canvas != null) {
                if (out == null) {
                    out = canvas.getDuplicate();
                    out.beginText();
                }
                // PdfLine.indentLeft, its left being 0
                float indent = alignment == Element.ALIGN_CENTER
                        ? 0 + widthLeft / 2f
                        : alignment == Element.ALIGN_RIGHT ? 0 + widthLeft : 0;
                out.setTextMatrix(leftX + 0f + indent, yLine);
                if (sizeOf >= 0) {
                    int k = piece[sizeOf];
                    if (fonts[k] != currentFont || sizes[k] != currentSize) {
                        currentFont = fonts[k];
                        currentSize = sizes[k];
                        out.setFontAndSize(currentFont, currentSize);
                    }
                    out.showText("");
                } else {
                    int start = from;
                    while (start <= to) {
                        int k = piece[start];
                        int end = start;
                        while (end < to && piece[end + 1] == k) {
                            end++;
                        }
                        if (fonts[k] != currentFont || sizes[k] != currentSize) {
                            currentFont = fonts[k];
                            currentSize = sizes[k];
                            out.setFontAndSize(currentFont, currentSize);
                        }
                        out.showText(new String(text, start, end - start + 1));
                        start = end + 1;
                    }
                }
            }
        }
        if (out != null) {
            out.endText();
            canvas.add(out);
        }
        if (done) {
            yLine -= spacingAfter;
        }
        return yLine;
    }

    /** Reads the next segment as BidiLine.getParagraph does; false when the paragraph has no more text. */
    private boolean nextSegment() {
        if (scan >= text.length) {
            return false;
        }
        int start = scan;
        int end = start;
        boolean newline = false;
        while (end < text.length) {
            if (text[end] == '\n') {
                newline = true;
                break;
            }
            end++;
        }
        // end is the '\n' or the paragraph's end; the segment is text[start .. end - 1]
        scan = newline ? end + 1 : end;
        if (end == start) {
            if (!newline) {
                return false;
            }
            // An empty line, in the font of the chunk holding its '\n'.
            emptyLineAt = start;
            segmentStart = start;
            segmentEnd = start - 1;
            current = start;
            return true;
        }
        int last = end - 1;
        while (last >= start && text[last] <= ' ') {
            last--;
        }
        if (last < start) {
            // Only blanks: an empty line in the font of the first.
            emptyLineAt = start;
            segmentStart = start;
            segmentEnd = start - 1;
            current = start;
            return true;
        }
        emptyLineAt = -1;
        segmentStart = start;
        segmentEnd = last;
        current = start;
        return true;
    }

    /**
     * The next line of the segment, as BidiLine.processLine breaks it in {@code available} points: {from, to, widthLeft
     * as float bits, the character whose font an empty line takes or -1}; null at the paragraph's end.
     */
    private int[] line(float available) {
        if (emptyLineAt >= 0) {
            int at = emptyLineAt;
            emptyLineAt = -1;
            current = segmentEnd + 1;
            return new int[] {at, at - 1, Float.floatToRawIntBits(0f), at};
        }
        int total = segmentEnd + 1;
        float width = available;
        int lastSplit = -1;
        if (current != segmentStart) {
            while (current < total && text[current] <= ' ') {
                current++;
            }
        }
        int old = current;
        boolean anyFit = false;
        for (; current < total; ++current) {
            char c = text[current];
            float charWidth = width(current);
            boolean split = split(c);
            if (split && Character.isWhitespace(c)) {
                lastSplit = current;
            }
            if (width - charWidth < 0) {
                break;
            }
            if (split) {
                lastSplit = current;
            }
            width -= charWidth;
            anyFit = true;
        }
        if (!anyFit) {
            // Not even one character fits: it goes on the line alone.
            ++current;
            return new int[] {current - 1, current - 1, Float.floatToRawIntBits(0f), -1};
        }
        if (current >= total) {
            return new int[] {old, total - 1, Float.floatToRawIntBits(width), -1};
        }
        int trimmed = current - 1;
        while (trimmed >= old && text[trimmed] <= ' ') {
            trimmed--;
        }
        if (trimmed < old) {
            return new int[] {old, current - 1, Float.floatToRawIntBits(width), -1};
        }
        if (lastSplit == -1 || lastSplit >= trimmed) {
            return new int[] {old, trimmed, Float.floatToRawIntBits(width + width(trimmed + 1, current - 1)), -1};
        }
        current = lastSplit + 1;
        trimmed = lastSplit;
        while (trimmed >= old && text[trimmed] <= ' ') {
            trimmed--;
        }
        if (trimmed < old) {
            trimmed = current - 1;
        }
        return new int[] {old, trimmed, Float.floatToRawIntBits(available - width(old, trimmed)), -1};
    }

    /** OpenPDF's {@code DefaultSplitCharacter}: where a line may break. */
    private static boolean split(char c) {
        if (c <= ' ' || c == '-' || c == '\u2010') {
            return true;
        }
        if (c < 0x2002) {
            return false;
        }
        return c <= 0x200b
                || c >= 0x2e80 && c < 0xd7a0
                || c >= 0xf900 && c < 0xfb00
                || c >= 0xfe30 && c < 0xfe50
                || c >= 0xff61 && c < 0xffa0;
    }
}
