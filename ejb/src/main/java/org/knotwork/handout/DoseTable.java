package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.handout.HandoutContent.MuscleCare;

/**
 * The week after the session as a table to tick: one row per thing to do (each muscle's self-pressure and stretch
 * with its home dose, the gentle fingertip version named as such, and the heat for as long as the heat box says),
 * one column per day. A tagged table: the days are column headers, the things to
 * do row headers, so a screen reader names both for every box. The boxes and rules are artifacts. A page the table runs
 * onto starts with its title and "(continued)" (an artifact) and the row of days again (column headers, TH).
 */
final class DoseTable {

    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName ROW = new PdfName("Row");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final int DAYS = 7;

    private final HandoutWording words;
    private final HandoutStyle style;

    DoseTable(HandoutWording words, HandoutStyle style) {
        this.words = words;
        this.style = style;
    }

    void add(TaggedFlow flow, HandoutContent content) throws DocumentException {
        List<String> rows = rows(content);
        if (rows.isEmpty()) {
            return;
        }
        float pad = 4;
        float width = flow.pageRight() - flow.pageLeft();
        float first = width * (style.size() == PrintSize.LARGE ? 0.40f : 0.46f);
        float day = (width - first) / DAYS;
        float header = style.leading() * 2 + 2 * pad;
        float minimum = style.body().getSize() * 1.6f + 2 * pad;
        flow.roomFor(style.leading() * 3 + header + 3 * minimum);
        flow.add(style.heading(words.text(content.postponedBy().isEmpty() ? "doses.title" : "doses.title.postponed")));
        PdfStructureElement table = new PdfStructureElement(flow.root(), PdfName.TABLE);
        PdfContentByte canvas = flow.canvas();
        Columns columns = new Columns(flow.pageLeft(), width, first, day, header, pad);
        List<String> days = days(content);
        float y = head(canvas, table, columns, days, flow.y() - 4);
        for (String row : rows) {
            float rowHeight = Math.max(minimum, height(row, first - 2 * pad) + 2 * pad);
            if (y - rowHeight < flow.pageBottom()) {
                // A page the table runs onto starts with its title "(continued)" and the days again.
                flow.newPage();
                flow.continuedLine();
                y = head(canvas, table, columns, days, flow.y() - 4);
            }
            float left = columns.left();
            PdfStructureElement tr = new PdfStructureElement(table, new PdfName("TR"));
            cell(canvas, tr, true, ROW, row, left, y, first, rowHeight, pad, style.body());
            for (int d = 0; d < DAYS; d++) {
                PdfStructureElement td = new PdfStructureElement(tr, PdfName.TD);
                td.put(PdfName.ACTUALTEXT, new com.lowagie.text.pdf.PdfString(" "));
            }
            box(canvas, left + first, y, day, rowHeight);
            frame(canvas, left, y, width, rowHeight, first, day);
            y -= rowHeight;
        }
        flow.moveTo(y - 8);
    }

    /**
     * The seven days after the session, by date; when the home care waits for a condition to pass (a fever), the
     * first seven days after it has, by number, as nobody knows their dates.
     */
    private List<String> days(HandoutContent content) {
        List<String> days = new ArrayList<>();
        LocalDate date = content.sessionDate();
        for (int d = 1; d <= DAYS; d++) {
            days.add(content.postponedBy().isEmpty() ? words.weekday(date.plusDays(d)) : words.text("doses.day", d));
        }
        return days;
    }

    /** Where the table's columns are: its left edge and width, the first column's, a day's, the header's height. */
    private record Columns(float left, float width, float first, float day, float header, float pad) {}

    /** The row of column headers (what to do, and the seven days after the session); the y below it. */
    private float head(PdfContentByte canvas, PdfStructureElement table, Columns at, List<String> days, float top)
            throws DocumentException {
        PdfStructureElement head = new PdfStructureElement(table, new PdfName("TR"));
        cell(
                canvas,
                head,
                true,
                COLUMN,
                words.text("doses.what"),
                at.left(),
                top,
                at.first(),
                at.header(),
                at.pad(),
                style.bold());
        for (int d = 0; d < DAYS; d++) {
            cell(
                    canvas,
                    head,
                    true,
                    COLUMN,
                    days.get(d),
                    at.left() + at.first() + d * at.day(),
                    top,
                    at.day(),
                    at.header(),
                    at.pad(),
                    style.bold());
        }
        frame(canvas, at.left(), top, at.width(), at.header(), at.first(), at.day());
        return top - at.header();
    }

    private float height(String text, float width) throws DocumentException {
        Paragraph words = new Paragraph(style.body().getSize() * 1.2f, text, style.body());
        PlainLines plain = PlainLines.of(words);
        if (plain != null) {
            return 10_000 - plain.go(null, 0, 0, width, 10_000);
        }
        ColumnText column = new ColumnText(null);
        column.addElement(words);
        column.setSimpleColumn(0, 0, width, 10_000);
        column.go(true);
        return 10_000 - column.getYLine();
    }

    List<String> rows(HandoutContent content) {
        List<String> rows = new ArrayList<>();
        for (MuscleCare muscle : content.muscles()) {
            // Named as its section is, with its points (and its part where the muscle has several), so that two rows
            // of one muscle can be told apart and found on the map.
            String name = words.text(
                    "doses.muscle",
                    words.muscle(content, muscle.muscleCode(), muscle.muscleName(), muscle.part()),
                    words.points(muscle.pointNumbers()));
            if (!muscle.pressure().withheld()) {
                // The gentle version is fingertips only: the row says so, as the muscle's section does.
                rows.add(words.text(
                        muscle.pressure().gentle() ? "doses.pressure.gentle" : "doses.pressure",
                        name,
                        muscle.pressure().dose().holdSeconds(),
                        muscle.pressure().dose().repetitions()));
            }
            if (muscle.stretch().stretch() != null) {
                rows.add(words.text(
                        "doses.stretch",
                        name,
                        muscle.stretch().dose().holdSeconds(),
                        muscle.stretch().dose().repetitions()));
            }
        }
        content.heat().dose().tableRow(words, content.heat().onlyOn()).ifPresent(rows::add);
        return rows;
    }

    private static void cell(
            PdfContentByte canvas,
            PdfStructureElement row,
            boolean header,
            PdfName scope,
            String text,
            float x,
            float top,
            float width,
            float height,
            float pad,
            Font font)
            throws DocumentException {
        PdfStructureElement cell = new PdfStructureElement(row, header ? PdfName.TH : PdfName.TD);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, PdfName.TABLE);
        attributes.put(SCOPE, scope);
        cell.put(PdfName.A, attributes);
        Paragraph words = new Paragraph(font.getSize() * 1.2f, text, font);
        words.setAlignment(scope == COLUMN ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        PlainLines plain = PlainLines.of(words);
        canvas.beginMarkedContentSequence(cell);
        if (plain != null) {
            plain.go(canvas, x + pad, top - height, x + width - pad, top - pad + 1);
        } else {
            ColumnText column = new ColumnText(canvas);
            column.addElement(words);
            column.setSimpleColumn(x + pad, top - height, x + width - pad, top - pad + 1);
            column.go();
        }
        canvas.endMarkedContentSequence();
    }

    /** An empty square to tick in each day's cell. */
    private void box(PdfContentByte canvas, float x, float top, float day, float height) {
        float side = style.body().getSize() * 1.1f;
        canvas.beginMarkedContentSequence(TaggedFlow.ARTIFACT);
        canvas.saveState();
        canvas.setLineWidth(1f);
        canvas.setGrayStroke(0f);
        for (int d = 0; d < DAYS; d++) {
            canvas.rectangle(x + d * day + (day - side) / 2, top - (height + side) / 2, side, side);
        }
        canvas.stroke();
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    private static void frame(
            PdfContentByte canvas, float left, float top, float width, float height, float first, float day) {
        canvas.beginMarkedContentSequence(TaggedFlow.ARTIFACT);
        canvas.saveState();
        canvas.setLineWidth(0.6f);
        canvas.setGrayStroke(0.3f);
        canvas.rectangle(left, top - height, width, height);
        for (int d = 0; d < DAYS; d++) {
            canvas.moveTo(left + first + d * day, top);
            canvas.lineTo(left + first + d * day, top - height);
        }
        canvas.stroke();
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }
}
