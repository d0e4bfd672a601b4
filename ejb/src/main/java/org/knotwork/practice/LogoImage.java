package org.knotwork.practice;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.knotwork.platform.RuleViolationException;

/**
 * What a logo's bytes must be: an image of at most {@value #MAX_SIDE} × {@value #MAX_SIDE} pixels that decodes in
 * full. A PNG of a quarter megabyte can hold 8000 × 8000 pixels, a quarter gigabyte once decoded, so the size is read
 * from the image's header before a single pixel is.
 */
public final class LogoImage {

    /** Ten times the letterhead's height at print resolution: any real logo, never a heap's worth of pixels. */
    public static final int MAX_SIDE = 2000;

    private LogoImage() {}

    /** The decoded image, or a refusal naming the logo that says what is wrong with it. */
    public static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new RuleViolationException(
                            "logo",
                            "The logo is at most " + MAX_SIDE + " × " + MAX_SIDE + " pixels; this one is " + width
                                    + " × " + height + ". Make it smaller and send it again.");
                }
                boolean[] damaged = {false};
                reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
                BufferedImage image = reader.read(0);
                if (damaged[0] || !endsWhole(bytes)) {
                    throw unreadable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException refusal) {
                throw refusal;
            }
            throw unreadable();
        }
    }

    /**
     * Whether a PNG ends with its IEND chunk: the decoder fills in a cut PNG's last rows without a word. A cut JPEG it
     * reports as a warning; a JPEG may carry bytes after its end marker, so that is not asked of it.
     */
    private static boolean endsWhole(byte[] bytes) {
        int n = bytes.length;
        boolean png = (bytes[0] & 0xff) == 0x89;
        return !png || n > 12 && new String(bytes, n - 8, 4, StandardCharsets.US_ASCII).equals("IEND");
    }

    private static RuleViolationException unreadable() {
        return new RuleViolationException(
                "logo", "The logo is not a whole image: it cannot be read to the end. Save it again and send it.");
    }
}
