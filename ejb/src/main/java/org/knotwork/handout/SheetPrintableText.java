package org.knotwork.handout;

import jakarta.enterprise.context.ApplicationScoped;
import org.knotwork.platform.PrintableText;

/** The sheet's answer to {@link PrintableText}: what its embedded fonts can print, as every sheet checks it. */
@ApplicationScoped
public class SheetPrintableText implements PrintableText {

    @Override
    public void require(String field, String label, String text) {
        HandoutFonts.liberation().requirePrintable(field, label, text);
    }
}
