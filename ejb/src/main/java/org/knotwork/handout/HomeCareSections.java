package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.HeatAdvice;
import org.knotwork.handout.HandoutContent.MuscleCare;
import org.knotwork.handout.HandoutContent.SelfPressure;
import org.knotwork.handout.HandoutContent.StretchCare;

/**
 * The body of the handout: the introduction, then per treated muscle the self-pressure and the stretch with their
 * dosages; and the boxes page 1 places ({@link FirstPage}): the therapist's note, the safety box and the heat. Each
 * muscle is kept on one page when it fits on one, so no instructions split mid-way; a longer one is headed "continued"
 * on its next page.
 */
final class HomeCareSections {

    private final HandoutWording words;
    private final HandoutStyle style;
    private final MusclePictures pictures;

    HomeCareSections(HandoutWording words, HandoutStyle style) {
        this.words = words;
        this.style = style;
        this.pictures = new MusclePictures(words, style);
    }

    /** The introduction and the muscles, after page 1's map, heat, note and safety box ({@link FirstPage}). */
    void add(TaggedFlow document, HandoutContent content, FirstPage.HeatPlace heat) throws DocumentException {
        // The introduction is not the heat advice's, above it: no "continued" line of the heat's heading.
        document.endPart();
        document.add(style.paragraph(intro(content, heat)));
        for (MuscleCare muscle : content.muscles()) {
            muscle(document, content, muscle);
        }
    }

    /**
     * The introduction says only what the sheet below does: pressure and stretches where they are given, heat only if
     * it is, and where on the sheet the heat advice really is; and first, when a condition postpones it all (a
     * fever), to start only once it has gone.
     */
    private String intro(HandoutContent content, FirstPage.HeatPlace place) {
        String pressure = content.everySelfPressure() ? "all" : content.anySelfPressure() ? "some" : "none";
        String stretch = content.everyStretch() ? "all" : content.anyStretch() ? "some" : "none";
        String heat = content.heat().withheld()
                ? "intro.heat.none"
                : pressure.equals("none") && stretch.equals("none") ? "intro.heat.only" : "intro.heat";
        StringBuilder intro = new StringBuilder();
        content.postponedBy()
                .forEach(c -> intro.append(words.text("postponed." + c.name())).append(' '));
        return intro.append(words.text("intro.pressure." + pressure + ".stretch." + stretch))
                .append(' ')
                .append(words.text(heat, words.text("heat.place." + place.name())))
                .append(' ')
                .append(words.text("intro.slowly"))
                .toString();
    }

    /** The therapist's note and the next appointment in a box, or null when the note gives neither. */
    PdfPTable personal(HandoutContent content) {
        if (content.personalNote() == null && content.nextAppointment() == null) {
            return null;
        }
        PdfPCell cell = boxed();
        if (content.personalNote() != null) {
            cell.addElement(style.strong(words.text("note.title")));
            cell.addElement(style.paragraph(content.personalNote()));
        }
        if (content.nextAppointment() != null) {
            cell.addElement(style.strong(words.text("next.title", words.dateTime(content.nextAppointment()))));
        }
        PdfPTable table = table(cell, 8);
        table.setKeepTogether(true);
        return table;
    }

    /**
     * One muscle straight into the page flow, which is several times cheaper than a table; a heading is never left
     * alone at the foot of a page: when less room remains than a heading and its first lines need, a page is begun.
     */
    private void muscle(TaggedFlow document, HandoutContent content, MuscleCare muscle) throws DocumentException {
        String which = words.points(muscle.pointNumbers());
        document.roomFor(130);
        document.beginKeep();
        document.add(style.heading(words.text(
                "muscle.title",
                words.muscle(content, muscle.muscleCode(), muscle.muscleName(), muscle.part()),
                words.sides(muscle.sides()) + ", " + which)));
        SelfPressure pressure = muscle.pressure();
        // A heading promising "gentle self-pressure" above "Do not press this muscle yourself" reads as a
        // contradiction.
        document.add(style.subheading(words.text(pressure.withheld() ? "pressure.title.none" : "pressure.title")));
        if (pressure.withheld()) {
            document.add(style.strong(words.text("pressure.withheld")));
            notes(document, pressure.notes());
        } else {
            document.add(style.paragraph(pressure.instructions()));
            notes(document, pressure.notes());
            document.add(style.paragraph(words.text("pressure.rule")));
            if (pressure.stop() != null) {
                document.add(style.strong(words.text(pressure.stop())));
            }
            document.add(style.strong(words.text(
                    "pressure.dose",
                    pressure.dose().holdSeconds(),
                    pressure.dose().repetitions())));
            for (Paragraph line : pictures.pressure(muscle)) {
                document.add(line);
            }
        }
        document.roomFor(90);
        StretchCare care = muscle.stretch();
        HomeStretch stretch = care.stretch();
        if (stretch == null) {
            document.add(style.subheading(words.text("stretch.title.none")));
            notes(document, care.notes());
        } else {
            document.add(style.subheading(words.text("stretch.title", stretch.name())));
            if (stretch.isTherapistsOwn()) {
                document.add(style.paragraph(words.text("stretch.own")));
            }
            notes(document, care.notes());
            document.add(steps(stretch.steps()));
            document.add(style.strong(words.text(
                    "stretch.dose", care.dose().holdSeconds(), care.dose().repetitions())));
            document.add(style.paragraph(words.text("stretch.breathing")));
            if (stretch.isTherapistsOwn()) {
                for (Paragraph line : pictures.ownStretch(muscle)) {
                    document.add(line);
                }
            } else {
                pictures.stretch(muscle, stretch.code())
                        .<List<Paragraph>>map(List::of)
                        .orElseGet(() -> pictures.stretchWithoutPicture(muscle))
                        .forEach(document::addQuietly);
            }
        }
        document.add(style.strong(
                muscle.nothingAtHome() ? words.text("muscle.nothing") : words.text("frequency", muscle.frequency())));
        document.endKeep();
    }

    /** The sentences saying why something was left out or changed, each a wording key. */
    private void notes(TaggedFlow document, List<String> keys) throws DocumentException {
        for (String key : keys) {
            document.add(style.paragraph(words.text(key)));
        }
    }

    private com.lowagie.text.List steps(List<String> steps) {
        // Room for "9." and a clear gap at any print size ("1.Sit" in large print before).
        com.lowagie.text.List list = new com.lowagie.text.List(
                com.lowagie.text.List.ORDERED, style.body().getSize() * 1.5f);
        for (String step : steps) {
            ListItem item = new ListItem(HandoutStyle.LEADING * style.body().getSize(), step, style.body());
            item.setSpacingAfter(2);
            list.add(item);
        }
        return list;
    }

    /** Heat is the same for every muscle, so it is advised once, on page 1 ({@link FirstPage} says where). */
    List<Paragraph> heat(HandoutContent content) {
        HeatAdvice heat = content.heat();
        List<Paragraph> box = new ArrayList<>();
        if (heat.withheld()) {
            box.add(style.heading(words.text("heat.title.none")));
            box.add(style.strong(words.text("heat.none")));
            for (String key : heat.notes()) {
                box.add(style.paragraph(words.text(key)));
            }
            return box;
        }
        box.add(style.heading(words.text("heat.title")));
        for (String line : heat.dose().instruction(words, words.modality(heat.modality()), heat.onlyOn())) {
            box.add(style.paragraph(line));
        }
        for (String key : heat.notes()) {
            box.add(style.strong(words.text(key)));
        }
        for (String line : List.of("heat.wrap", "heat.never", "heat.skin", "heat.not")) {
            box.add(style.paragraph(words.text(line)));
        }
        return box;
    }

    /**
     * The safety box, kept whole: when to stop, the emergency line and the practice's phone first, so that they are on
     * page 1 even when the client's precautions make the box too long to be (see {@link FirstPage}).
     */
    PdfPTable safety(HandoutContent content) {
        PdfPCell cell = boxed();
        cell.addElement(style.heading(words.text("safety.title")));
        cell.addElement(style.paragraph(words.text("safety.stop")));
        cell.addElement(style.paragraph(words.text("safety.emergency")));
        cell.addElement(
                style.strong(words.text("safety.call", content.letterhead().phone())));
        if (!content.precautions().isEmpty()) {
            cell.addElement(style.paragraph(words.text("safety.intro")));
            com.lowagie.text.List list = new com.lowagie.text.List(com.lowagie.text.List.UNORDERED, 12);
            list.setListSymbol("\u2022");
            content.precautions().stream()
                    .sorted()
                    .map(Contraindication.class::cast)
                    .forEach(c -> list.add(new ListItem(
                            HandoutStyle.LEADING * style.bold().getSize(),
                            content.heat().dose().precaution(words, c, content.traumaNotBefore()),
                            style.bold())));
            cell.addElement(list);
        }
        PdfPTable table = table(cell, 0);
        table.setKeepTogether(true);
        table.setSpacingAfter(8);
        return table;
    }

    private static PdfPTable table(PdfPCell cell, float after) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(cell);
        table.setSpacingAfter(after);
        return table;
    }

    private static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static PdfPCell boxed() {
        PdfPCell cell = new PdfPCell();
        cell.setBorderWidth(1.2f);
        cell.setPadding(8);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }
}
