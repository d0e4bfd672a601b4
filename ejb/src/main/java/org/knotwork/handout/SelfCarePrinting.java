package org.knotwork.handout;

/** A self-care text is only for printing, so one the sheet's font cannot print is refused when it is saved. */
final class SelfCarePrinting {

    private SelfCarePrinting() {}

    static void require(SelfCareText text) {
        HandoutFonts fonts = HandoutFonts.liberation();
        for (SelfCareText.Wording wording : SelfCareText.Wording.values()) {
            fonts.requirePrintable(wording.field(), wording.label(), wording.of(text));
        }
    }
}
