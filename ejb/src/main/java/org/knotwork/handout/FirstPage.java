package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Page 1 under the letterhead: the body map with its list, the heat advice, the therapist's note and the safety box.
 * The safety box, with the emergency line and the practice's phone, is never split and stays on page 1: after the map
 * (and the note) when it fits there whole; otherwise the heat advice, which would sit beside or below the map, and then
 * the note follow the safety box instead; and when even the map and its list leave too little room, the safety box
 * comes first, under the letterhead (a box longer than that room, with many precautions in large print, runs on to
 * page 2 after its emergency lines). Where the heat advice lands is what the introduction points to.
 */
final class FirstPage {

    /** Where the heat advice is, as the introduction names it (wording "heat.place.*"). */
    enum HeatPlace {
        BESIDE_MAP,
        BELOW_MAP,
        ABOVE
    }

    private final BodyMapSection map;
    private final HomeCareSections sections;

    FirstPage(BodyMapSection map, HomeCareSections sections) {
        this.map = map;
        this.sections = sections;
    }

    HeatPlace add(TaggedFlow flow, HandoutContent content) throws DocumentException {
        PdfPTable safety = sections.safety(content);
        PdfPTable note = sections.personal(content);
        float width = flow.pageRight() - flow.pageLeft();
        float safetyHeight = flow.measured(safety, width);
        float noteHeight = note == null ? 0 : flow.measured(note, width);
        float mapHeight = map.height(flow, content);
        boolean noteFirst = mapHeight + noteHeight + safetyHeight <= flow.room();
        boolean safetyFirst = !noteFirst && mapHeight + safetyHeight > flow.room();
        if (safetyFirst) {
            // Longer than what is left of page 1 even here: it starts here all the same, its emergency lines first.
            safety.setKeepTogether(safetyHeight <= flow.room());
            flow.add(safety);
        }
        HeatPlace heat = map.add(flow, content, safetyFirst ? 0 : safetyHeight + (noteFirst ? noteHeight : 0));
        flow.endPart();
        if (note != null && noteFirst) {
            flow.add(note);
        }
        if (!safetyFirst) {
            flow.add(safety);
        }
        if (note != null && !noteFirst) {
            flow.add(note);
        }
        if (heat == null) {
            // Kept on one page: the areas heat may go on, and the sentence saying where it must not, read together.
            flow.beginKeep();
            for (Paragraph paragraph : sections.heat(content)) {
                flow.add(paragraph);
            }
            flow.endKeep();
            heat = HeatPlace.ABOVE;
        }
        return heat;
    }
}
