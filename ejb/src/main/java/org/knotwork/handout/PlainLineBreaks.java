package org.knotwork.handout;

/**
 * Where a plain paragraph's lines break, as OpenPDF 2.0.5's {@code BidiLine.getParagraph} and {@code processLine}
 * break them, with the same float arithmetic: a new line of text at each {@code \n}, trailing blanks of each dropped,
 * the leading blanks of a wrapped line dropped; a line breaks after the last space, hyphen or other split character
 * that fits, inside a word when none does, and holds at least one character. The place is kept between calls, so a
 * paragraph goes on in the next column; {@link #back} returns to it when a line did not fit.
 */
final class PlainLineBreaks {

    /**
     * One line: the characters {@code from} to {@code to} (both included; {@code to < from} for an empty line), the
     * points left over in the column, and for an empty line the character whose font it takes, else -1.
     */
    record Line(int from, int to, float widthLeft, int emptyAt) {}

    private final PlainParagraph paragraph;

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

    /* The place before the last line taken, as BidiLine.save() keeps it. */
    private int savedStart;
    private int savedEnd;
    private int savedCurrent;
    private int savedScan;
    private int savedEmpty;

    PlainLineBreaks(PlainParagraph paragraph) {
        this.paragraph = paragraph;
    }

    /** The next line, broken in {@code available} points; null when the paragraph has no more text. */
    Line next(float available) {
        boolean segmentLeft = current <= segmentEnd || emptyLineAt >= 0;
        if (!segmentLeft && scan >= paragraph.length()) {
            return null;
        }
        savedStart = segmentStart;
        savedEnd = segmentEnd;
        savedCurrent = current;
        savedScan = scan;
        savedEmpty = emptyLineAt;
        if (!segmentLeft && !nextSegment()) {
            return null;
        }
        return line(available);
    }

    /** Back to where the last line given by {@link #next} started, as {@code BidiLine.restore()} does. */
    void back() {
        segmentStart = savedStart;
        segmentEnd = savedEnd;
        current = savedCurrent;
        scan = savedScan;
        emptyLineAt = savedEmpty;
    }

    /** Reads the next segment as BidiLine.getParagraph does; false when the paragraph has no more text. */
    private boolean nextSegment() {
        int length = paragraph.length();
        if (scan >= length) {
            return false;
        }
        int start = scan;
        int end = start;
        boolean newline = false;
        while (end < length) {
            if (paragraph.charAt(end) == '\n') {
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
        while (last >= start && paragraph.charAt(last) <= ' ') {
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

    /** The next line of the segment, as BidiLine.processLine breaks it in {@code available} points. */
    private Line line(float available) {
        if (emptyLineAt >= 0) {
            int at = emptyLineAt;
            emptyLineAt = -1;
            current = segmentEnd + 1;
            return new Line(at, at - 1, 0f, at);
        }
        int total = segmentEnd + 1;
        float width = available;
        int lastSplit = -1;
        if (current != segmentStart) {
            while (current < total && paragraph.charAt(current) <= ' ') {
                current++;
            }
        }
        int old = current;
        boolean anyFit = false;
        for (; current < total; ++current) {
            char c = paragraph.charAt(current);
            float charWidth = paragraph.width(current);
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
            return new Line(current - 1, current - 1, 0f, -1);
        }
        if (current >= total) {
            return new Line(old, total - 1, width, -1);
        }
        int trimmed = current - 1;
        while (trimmed >= old && paragraph.charAt(trimmed) <= ' ') {
            trimmed--;
        }
        if (trimmed < old) {
            return new Line(old, current - 1, width, -1);
        }
        if (lastSplit == -1 || lastSplit >= trimmed) {
            return new Line(old, trimmed, width + paragraph.width(trimmed + 1, current - 1), -1);
        }
        current = lastSplit + 1;
        trimmed = lastSplit;
        while (trimmed >= old && paragraph.charAt(trimmed) <= ' ') {
            trimmed--;
        }
        if (trimmed < old) {
            trimmed = current - 1;
        }
        return new Line(old, trimmed, available - paragraph.width(old, trimmed), -1);
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
