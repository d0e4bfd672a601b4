package org.knotwork.handout;

import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knotwork.bodymap.Side;
import org.knotwork.handout.HandoutContent.MuscleCare;

/**
 * The pictures of a muscle's self-pressure position and stretch, each with the side to work, what the client should
 * feel and when to stop beside it. The pictures show the client's right; for a muscle treated on the left only they
 * are mirrored, so the spot is on the side the client works.
 */
final class MusclePictures {

    private final HandoutWording words;
    private final HandoutStyle style;

    MusclePictures(HandoutWording words, HandoutStyle style) {
        this.words = words;
        this.style = style;
    }

    /**
     * The self-pressure's picture with its words beside it. The gentle fingertip version, which no drawing shows (the
     * picture is of the standard one), and a muscle without a drawing get the same words without a picture: every
     * self-pressure a client is given says what to feel and when to stop.
     */
    List<Paragraph> pressure(MuscleCare muscle) {
        String feel = words.text(muscle.pressure().gentle() ? "pressure.feel.gentle" : "picture.feel.pressure");
        String stop = words.text("picture.stop.pressure");
        if (muscle.pressure().gentle()) {
            return beside(muscle, false, feel, stop);
        }
        return Illustrations.pressure(muscle.muscleCode())
                .<List<Paragraph>>map(picture -> List.of(block(
                        muscle,
                        false,
                        picture,
                        words.text(
                                "picture.pressure.alt",
                                name(muscle),
                                words.sides(muscle.sides()),
                                muscle.pressure().instructions()),
                        feel,
                        stop)))
                .orElseGet(() -> beside(muscle, false, feel, stop));
    }

    /**
     * The picture of the catalogue stretch printed for this muscle, by its code; none when no stretch is printed or it
     * is the therapist's own ({@code stretchCode} null), as no drawing is known to show it.
     */
    Optional<PictureBlock> stretch(MuscleCare muscle, String stretchCode) {
        return Illustrations.stretch(stretchCode)
                .map(picture -> block(
                        muscle,
                        muscle.stretch().stretch().bothSides(),
                        picture,
                        words.text(
                                "picture.stretch.alt",
                                name(muscle),
                                words.sides(muscle.sides()),
                                muscle.stretch().stretch().name()),
                        stretchFeel(muscle),
                        words.text("picture.stop.stretch")));
    }

    /** A catalogue stretch no drawing is known for: the words a picture would have beside it, without it. */
    List<Paragraph> stretchWithoutPicture(MuscleCare muscle) {
        return beside(
                muscle,
                muscle.stretch().stretch().bothSides(),
                stretchFeel(muscle),
                words.text("picture.stop.stretch"));
    }

    /**
     * What to feel and when to stop for the therapist's own stretch, which no drawing shows: the same words a catalogue
     * stretch has beside its picture. No side is named, as nobody has said whether it works one side or both.
     */
    List<Paragraph> ownStretch(MuscleCare muscle) {
        return List.of(style.paragraph(stretchFeel(muscle)), style.paragraph(words.text("picture.stop.stretch")));
    }

    private String stretchFeel(MuscleCare muscle) {
        return words.text("picture.feel.stretch", words.layName(muscle.muscleCode()));
    }

    private String name(MuscleCare muscle) {
        return words.muscle(muscle.muscleCode(), muscle.muscleName());
    }

    /**
     * A picture with the side to work, what to feel and when to stop beside it. A stretch that works both sides names
     * none, and carries no side letter: "Work on your left side." beside a butterfly would tell the client to do half
     * of it.
     */
    private PictureBlock block(
            MuscleCare muscle, boolean bothSides, Picture picture, String alternative, String feel, String stop) {
        boolean left = muscle.sides().contains(Side.LEFT) && !muscle.sides().contains(Side.RIGHT);
        String label = sided(muscle, bothSides) ? words.text(left ? "map.left" : "map.right") : null;
        return new PictureBlock(
                picture,
                left,
                label,
                alternative,
                beside(muscle, bothSides, feel, stop),
                style.size() == PrintSize.LARGE ? 120f : 96f);
    }

    /** The side to work, what to feel and when to stop, as they stand beside a picture (or alone, without one). */
    private List<Paragraph> beside(MuscleCare muscle, boolean bothSides, String feel, String stop) {
        boolean left = muscle.sides().contains(Side.LEFT) && !muscle.sides().contains(Side.RIGHT);
        List<Paragraph> beside = new ArrayList<>();
        if (bothSides) {
            beside.add(style.strong(words.text("picture.side.stretch.both")));
        } else if (sided(muscle, false)) {
            beside.add(style.strong(
                    muscle.sides().contains(Side.LEFT) && muscle.sides().contains(Side.RIGHT)
                            ? words.text("picture.side.both")
                            : words.text("picture.side", words.side(left ? Side.LEFT : Side.RIGHT))));
        }
        beside.add(style.paragraph(feel));
        beside.add(style.paragraph(stop));
        return beside;
    }

    private static boolean sided(MuscleCare muscle, boolean bothSides) {
        return !bothSides
                && (muscle.sides().contains(Side.LEFT) || muscle.sides().contains(Side.RIGHT));
    }
}
