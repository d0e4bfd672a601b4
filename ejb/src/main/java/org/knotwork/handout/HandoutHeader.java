package org.knotwork.handout;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.knotwork.handout.HandoutContent.Letterhead;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.LogoImage;

/**
 * The top of the first page: whose plan this is on the right (read first: the title and the client), the practice's
 * letterhead on the left, a rule beneath. A draft's sheet starts with a framed PREVIEW notice. The logo is an
 * artifact: the practice's name is printed beside it as text. A logo stored before its size was checked at upload,
 * too large or broken, is left off the sheet rather than failing it.
 */
final class HandoutHeader {

    private static final Logger LOG = Logger.getLogger(HandoutHeader.class.getName());
    private static final float LOGO_WIDTH = 180f;
    private static final float LOGO_HEIGHT = 48f;
    /** Pixels per point for a sharp print (300 dpi); a larger logo is scaled down to this once, not embedded raw. */
    private static final float PIXELS_PER_POINT = 300f / 72f;

    private final HandoutWording words;
    private final HandoutStyle style;

    HandoutHeader(HandoutWording words, HandoutStyle style) {
        this.words = words;
        this.style = style;
    }

    void add(TaggedFlow flow, HandoutContent content) throws DocumentException {
        if (content.preview()) {
            flow.beginBox();
            flow.add(centred(style.strong(words.text("preview.banner"))));
            flow.endBox();
            flow.moveTo(flow.y() - 6);
        }
        float top = flow.y();
        float middle = (flow.pageLeft() + flow.pageRight()) / 2;
        flow.column(middle - 40, flow.pageRight(), top);
        flow.add(right(style.title(words.text("title"))));
        flow.add(right(style.strong(words.text("header.client", content.clientName()))));
        flow.add(right(style.paragraph(words.text("header.session", words.date(content.sessionDate())))));
        flow.add(right(style.paragraph(words.text("header.therapist", content.therapistName()))));
        float clientBottom = flow.y();
        flow.column(flow.pageLeft(), middle - 52, top);
        letterhead(flow, content.letterhead());
        float bottom = Math.min(clientBottom, flow.y()) - 4;
        flow.column(flow.pageLeft(), flow.pageRight(), bottom);
        rule(flow.canvas(), flow.pageLeft(), flow.pageRight(), bottom);
        flow.moveTo(bottom - 6);
    }

    private void letterhead(TaggedFlow flow, Letterhead letterhead) throws DocumentException {
        Image logo = letterhead.logo() == null ? null : logo(letterhead.logo());
        if (logo != null) {
            PdfContentByte canvas = flow.canvas();
            canvas.beginMarkedContentSequence(TaggedFlow.ARTIFACT);
            canvas.addImage(
                    logo,
                    logo.getScaledWidth(),
                    0,
                    0,
                    logo.getScaledHeight(),
                    flow.left(),
                    flow.y() - logo.getScaledHeight());
            canvas.endMarkedContentSequence();
            flow.moveTo(flow.y() - logo.getScaledHeight() - 4);
        }
        if (letterhead.name() != null) {
            flow.add(new Paragraph(style.leading() * 1.08f, letterhead.name(), style.subheadingFont()));
        }
        if (letterhead.contact() != null) {
            flow.add(style.small(letterhead.contact()));
        }
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.beginMarkedContentSequence(TaggedFlow.ARTIFACT);
        canvas.saveState();
        canvas.setLineWidth(1f);
        canvas.setGrayStroke(0f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    /** The logo scaled to fit the letterhead, or {@code null} (logged) when the stored image cannot be printed. */
    static Image logo(byte[] bytes) {
        try {
            BufferedImage decoded = LogoImage.decode(bytes);
            Image logo = Image.getInstance(printable(decoded, bytes));
            logo.scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
            return logo;
        } catch (RuleViolationException | IOException | BadElementException e) {
            LOG.log(Level.WARNING, "The handout is made without the practice logo: {0}", e.getMessage());
            return null;
        }
    }

    /** The image's own bytes when it is small enough to print as it is, else a PNG of it scaled down to print size. */
    private static byte[] printable(BufferedImage image, byte[] bytes) throws IOException {
        float scale = Math.min(
                LOGO_WIDTH * PIXELS_PER_POINT / image.getWidth(), LOGO_HEIGHT * PIXELS_PER_POINT / image.getHeight());
        if (scale >= 1) {
            return bytes;
        }
        int width = Math.max(1, Math.round(image.getWidth() * scale));
        int height = Math.max(1, Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(
                width,
                height,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scaled, "png", png);
        return png.toByteArray();
    }

    private static Paragraph right(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static Paragraph centred(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }
}
