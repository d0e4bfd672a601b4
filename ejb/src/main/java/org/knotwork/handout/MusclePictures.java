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

    Optional<PictureBlock> pressure(MuscleCare muscle) {
        return Illustrations.pressure(muscle.muscleCode())
                .map(picture -> block(
                        muscle,
                        false,
                        picture,
                        words.text(
                                "picture.pressure.alt",
                                name(muscle),
                                words.sides(muscle.sides()),
                                muscle.pressure().instructions()),
                        words.text("picture.feel.pressure"),
                        words.text("picture.stop.pressure")));
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
        boolean sided = !bothSides
                && (muscle.sides().contains(Side.LEFT) || muscle.sides().contains(Side.RIGHT));
        List<Paragraph> beside = new ArrayList<>();
        if (bothSides) {
            beside.add(style.strong(words.text("picture.side.stretch.both")));
        } else if (sided) {
            beside.add(style.strong(
                    muscle.sides().contains(Side.LEFT) && muscle.sides().contains(Side.RIGHT)
                            ? words.text("picture.side.both")
                            : words.text("picture.side", words.side(left ? Side.LEFT : Side.RIGHT))));
        }
        beside.add(style.paragraph(feel));
        beside.add(style.paragraph(stop));
        String label = sided ? words.text(left ? "map.left" : "map.right") : null;
        return new PictureBlock(
                picture, left, label, alternative, beside, style.size() == PrintSize.LARGE ? 120f : 96f);
    }
}
