package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ListItem;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.stream.Collectors;
import org.knotwork.handout.HandoutContent.MarkedPoint;

/**
 * "Where we treated": the body map as one figure whose alternative text names every numbered point with its muscle
 * and side (a screen reader otherwise hears nothing of a drawing), then the same points as a numbered list, and the
 * heat advice. In standard print the list and the heat sit beside the drawing; in large print below it.
 */
final class BodyMapSection {

    private static final float GUTTER = 14f;

    private final HandoutWording words;
    private final HandoutStyle style;
    private final HomeCareSections sections;

    BodyMapSection(HandoutWording words, HandoutStyle style, HomeCareSections sections) {
        this.words = words;
        this.style = style;
        this.sections = sections;
    }

    void add(TaggedFlow flow, HandoutContent content) throws DocumentException {
        flow.add(style.heading(words.text("map.title")));
        PdfTemplate map = BodyMapPanel.draw(flow.canvas(), content.points(), words, style);
        flow.roomFor(map.getHeight() + 8);
        float top = flow.y() - 4;
        boolean beside = style.size() == PrintSize.STANDARD;
        float x = beside ? flow.pageLeft() : (flow.pageLeft() + flow.pageRight() - map.getWidth()) / 2;
        figure(flow, map, x, top - map.getHeight(), alternative(content));
        float below = top - map.getHeight() - 6;
        if (beside) {
            flow.column(flow.pageLeft() + map.getWidth() + GUTTER, flow.pageRight(), top);
        } else {
            flow.moveTo(below);
        }
        legend(flow, content);
        sections.heat(flow, content);
        float end = beside ? Math.min(flow.y(), below) : flow.y();
        flow.column(flow.pageLeft(), flow.pageRight(), end - 4);
    }

    private static void figure(TaggedFlow flow, PdfTemplate map, float x, float y, String alternative) {
        PdfStructureElement figure = new PdfStructureElement(flow.root(), PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alternative, PdfString.TEXT_UNICODE));
        PdfContentByte canvas = flow.canvas();
        canvas.beginMarkedContentSequence(figure);
        canvas.addTemplate(map, x, y);
        canvas.endMarkedContentSequence();
    }

    private String alternative(HandoutContent content) {
        String points = content.points().stream()
                .map(p -> words.text(
                        "map.alt.point",
                        p.number(),
                        words.muscle(p.muscleCode(), p.muscleName()),
                        words.side(p.side())))
                .collect(Collectors.joining("; "));
        return words.text("map.alt", points);
    }

    private void legend(TaggedFlow flow, HandoutContent content) throws DocumentException {
        com.lowagie.text.List list = new com.lowagie.text.List(
                com.lowagie.text.List.ORDERED, style.body().getSize() * 2);
        list.setFirst(content.points().isEmpty() ? 1 : content.points().get(0).number());
        for (MarkedPoint point : content.points()) {
            String line = words.muscle(point.muscleCode(), point.muscleName()) + " (" + words.side(point.side()) + ")";
            ListItem item = new ListItem(style.leading(), line, style.body());
            item.setSpacingAfter(1);
            list.add(item);
        }
        flow.add(list);
        flow.add(style.small(words.text("map.caption")));
    }
}
