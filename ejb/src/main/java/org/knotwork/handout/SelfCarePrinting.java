package org.knotwork.handout;

/** A self-care text is only for printing, so one the sheet's font cannot print is refused when it is saved. */
final class SelfCarePrinting {

    private SelfCarePrinting() {}

    static void require(SelfCareText text) {
        HandoutFonts fonts = HandoutFonts.liberation();
        fonts.requirePrintable("selfPressure", "How to press the point", text.selfPressure());
        fonts.requirePrintable("stretchName", "The stretch's name", text.stretchName());
        for (String step : text.stretchSteps()) {
            fonts.requirePrintable("stretchSteps", "A step of the stretch", step);
        }
        fonts.requirePrintable("frequency", "How often", text.frequency());
    }
}
