package org.knotwork.handout;

/** A self-care text is only for printing, so one the sheet's font cannot print is refused when it is saved. */
final class SelfCarePrinting {

    private SelfCarePrinting() {}

    static void require(SelfCareText text) {
        HandoutFonts fonts = HandoutFonts.liberation();
        fonts.requirePrintable("selfPressure", "How to press the point", text.selfPressure());
        fonts.requirePrintable("gentlePressure", "The gentle, fingertip version", text.gentlePressure());
        fonts.requirePrintable("frequency", "How often", text.frequency());
    }
}
