package org.knotwork.handout;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;

/** A paragraph that heads a part of the sheet: tagged H1 to H3 by its level, so a screen reader can move by them. */
final class Heading extends Paragraph {

    private final int level;

    Heading(int level, String text, Font font) {
        super(text, font);
        this.level = level;
    }

    int level() {
        return level;
    }
}
