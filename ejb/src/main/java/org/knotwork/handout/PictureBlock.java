package org.knotwork.handout;

import com.lowagie.text.Paragraph;
import java.util.List;

/**
 * A drawing of a step with its words beside it: which side to work, what the client should feel, when to stop. Laid
 * out by {@link TaggedFlow} as a tagged figure (its alternative text says what it shows) and paragraphs to its right.
 */
final class PictureBlock extends Paragraph {

    private final Picture picture;
    private final boolean mirrored;
    private final String sideLabel;
    private final String alternative;
    private final List<Paragraph> beside;
    private final float height;

    PictureBlock(
            Picture picture,
            boolean mirrored,
            String sideLabel,
            String alternative,
            List<Paragraph> beside,
            float height) {
        this.picture = picture;
        this.mirrored = mirrored;
        this.sideLabel = sideLabel;
        this.alternative = alternative;
        this.beside = List.copyOf(beside);
        this.height = height;
    }

    Picture picture() {
        return picture;
    }

    boolean mirrored() {
        return mirrored;
    }

    /** "R" or "L" beside the spot to work, or null for the midline. */
    String sideLabel() {
        return sideLabel;
    }

    String alternative() {
        return alternative;
    }

    List<Paragraph> beside() {
        return beside;
    }

    float pictureHeight() {
        return height;
    }

    float pictureWidth() {
        return (float) (Picture.WIDTH * height);
    }
}
