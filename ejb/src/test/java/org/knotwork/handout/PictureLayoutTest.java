package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a drawing's side letter goes: beside the figure of a front view at the height of the spot, never on its head,
 * trunk or limbs.
 */
class PictureLayoutTest {

    @Test
    void aFrontViewsSideLetterStandsBesideTheFigureNotOnIt() throws Exception {
        List<String> onTheFigure = new ArrayList<>();
        int frontViews = 0;
        for (Map.Entry<String, Picture> entry : IllustrationsTest.pictures().entrySet()) {
            Picture picture = entry.getValue();
            if (!picture.pose().front()) {
                continue;
            }
            frontViews++;
            for (PrintSize print : PrintSize.values()) {
                HandoutStyle style = HandoutStyle.of(print);
                float height = print == PrintSize.LARGE ? 120f : 96f;
                for (boolean mirrored : List.of(false, true)) {
                    PictureBlock block =
                            new PictureBlock(picture, mirrored, mirrored ? "L" : "R", "", List.of(), height);
                    float[] label = PictureLayout.labelAt(block, style);
                    float size = style.bold().getSize();
                    float[] across = PoseDrawing.span(
                            picture, height, mirrored, true, label[1] - size * 0.25f, label[1] + size * 0.75f);
                    float[] upDown = PoseDrawing.span(picture, height, mirrored, false, label[0], label[0] + label[2]);
                    boolean onIt = across != null
                            && label[0] + label[2] > across[0]
                            && label[0] < across[1]
                            && label[1] + size * 0.75f > upDown[0]
                            && label[1] - size * 0.25f < upDown[1];
                    if (onIt) {
                        onTheFigure.add(entry.getKey() + " " + print + (mirrored ? " mirrored" : ""));
                    }
                }
            }
        }

        assertThat(frontViews).isPositive();
        assertThat(onTheFigure).isEmpty();
    }
}
