package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.List;
import java.util.stream.Collectors;
import org.knotwork.handout.HandoutContent.MarkedPoint;

/**
 * "Where we treated": the body map as one figure whose alternative text names every numbered point with its muscle
 * and side (a screen reader otherwise hears nothing of a drawing), then the same points as a numbered list, and the
 * heat advice when page 1 has room for it there ({@link FirstPage}). In standard print the list and the heat sit beside
 * the drawing; in large print below it.
 */
final class BodyMapSection {

    private static final float GUTTER = 14f;

    private final HandoutWording words;
    private final HandoutStyle style;
    private final HomeCareSections sections;
    private final boolean beside;

    BodyMapSection(HandoutWording words, HandoutStyle style, HomeCareSections sections) {
        this.words = words;
        this.style = style;
        this.sections = sections;
        this.beside = style.size() == PrintSize.STANDARD;
    }

    /** How much of the page the heading, the drawing and its list take, without the heat advice. */
    float height(TaggedFlow flow, HandoutContent content) throws DocumentException {
        float width = flow.pageRight() - flow.pageLeft();
        float drawing = BodyMapPanel.height(style) + 4 + 6;
        float legend = legendHeight(flow, content);
        float heading = flow.measured(heading(), width);
        return heading + (beside ? Math.max(drawing, legend + 4) : drawing + legend) + 4;
    }

    private float legendHeight(TaggedFlow flow, HandoutContent content) throws DocumentException {
        float width = flow.pageRight() - flow.pageLeft();
        float column = beside ? width - BodyMapPanel.width() - GUTTER : width;
        float legend = 0;
        for (Element element : legend(content)) {
            legend += flow.measured(element, column);
        }
        return legend;
    }

    /**
     * Lays the map out, and the heat advice with it unless that would leave less than {@code reserve} points of page 1
     * for what must follow (the safety box) or run a column beside the drawing onto the next page. Where the heat
     * went, or null when it is left for later.
     */
    FirstPage.HeatPlace add(TaggedFlow flow, HandoutContent content, float reserve) throws DocumentException {
        Paragraph heading = heading();
        PdfTemplate map = BodyMapPanel.draw(flow.canvas(), content.points(), words, style);
        // The heading stays with the drawing, and the list below it in large print with both, when they fit a page.
        float together = flow.measured(heading, flow.pageRight() - flow.pageLeft())
                + map.getHeight()
                + 8
                + (beside ? 0 : legendHeight(flow, content));
        flow.roomFor(Math.min(together, flow.pageHeight()));
        flow.add(heading);
        float top = flow.y() - 4;
        float x = beside ? flow.pageLeft() : (flow.pageLeft() + flow.pageRight() - map.getWidth()) / 2;
        figure(flow, map, x, top - map.getHeight(), alternative(content));
        float below = top - map.getHeight() - 6;
        if (beside) {
            flow.column(flow.pageLeft() + map.getWidth() + GUTTER, flow.pageRight(), top);
        } else {
            flow.moveTo(below);
        }
        for (Element element : legend(content)) {
            flow.add(element);
        }
        List<Paragraph> heat = sections.heat(content);
        boolean here = heatFits(flow, heat, below, reserve);
        if (here) {
            for (Paragraph paragraph : heat) {
                flow.add(paragraph);
            }
        }
        float end = beside ? Math.min(flow.y(), below) : flow.y();
        flow.column(flow.pageLeft(), flow.pageRight(), end - 4);
        return !here ? null : beside ? FirstPage.HeatPlace.BESIDE_MAP : FirstPage.HeatPlace.BELOW_MAP;
    }

    private boolean heatFits(TaggedFlow flow, List<Paragraph> heat, float below, float reserve)
            throws DocumentException {
        float height = 0;
        for (Paragraph paragraph : heat) {
            height += flow.measured(paragraph, flow.right() - flow.left());
        }
        if (beside && flow.y() - height < flow.pageBottom()) {
            return false;
        }
        float end = beside ? Math.min(flow.y() - height, below) : flow.y() - height;
        return reserve == 0 || end - 4 - flow.pageBottom() >= reserve;
    }

    private Paragraph heading() {
        return style.heading(words.text("map.title"));
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
                        words.muscle(content, p.muscleCode(), p.muscleName(), p.part()),
                        words.side(p.side())))
                .collect(Collectors.joining("; "));
        return words.text("map.alt", points);
    }

    /** The numbered list of the points and its caption. */
    private List<Element> legend(HandoutContent content) {
        com.lowagie.text.List list = new com.lowagie.text.List(
                com.lowagie.text.List.ORDERED, style.body().getSize() * 2);
        list.setFirst(content.points().isEmpty() ? 1 : content.points().get(0).number());
        for (MarkedPoint point : content.points()) {
            String line = words.muscle(content, point.muscleCode(), point.muscleName(), point.part()) + " ("
                    + words.side(point.side()) + ")";
            ListItem item = new ListItem(style.leading(), line, style.body());
            item.setSpacingAfter(1);
            list.add(item);
        }
        return List.of(list, style.small(words.text("map.caption")));
    }
}
