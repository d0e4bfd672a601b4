package org.knotwork.handout;

import org.knotwork.handout.HandoutContent.MuscleCare;

/**
 * Checks, before anything is laid out, that every text a sheet prints can be printed: the names, the letterhead, the
 * therapist's note and every self-care text. The therapist learns it when they first preview a draft's sheet, before
 * signing, with the field and the character named; nothing is ever printed with a letter silently missing.
 */
final class PrintableContent {

    private PrintableContent() {}

    static void require(HandoutContent content) {
        HandoutFonts fonts = HandoutFonts.liberation();
        fonts.requirePrintable("clientName", "The client's name", content.clientName());
        fonts.requirePrintable("therapistName", "The therapist's name", content.therapistName());
        fonts.requirePrintable(
                "practiceName", "The practice's name", content.letterhead().name());
        fonts.requirePrintable(
                "practiceContact",
                "The practice's contact lines",
                content.letterhead().contact());
        fonts.requirePrintable("homeCare.note", "The note for the client", content.personalNote());
        fonts.requirePrintable(
                "contactPhone",
                "The practice's contact phone",
                content.letterhead().phone());
        for (MuscleCare muscle : content.muscles()) {
            String of = " of " + muscle.muscleName();
            fonts.requirePrintable(
                    "selfPressure",
                    "The self-pressure text" + of,
                    muscle.pressure().instructions());
            HomeStretch stretch = muscle.stretch().stretch();
            if (stretch != null) {
                String field = stretch.isTherapistsOwn() ? "homeCare.ownStretch.name" : "stretchName";
                fonts.requirePrintable(field, "The stretch's name" + of, stretch.name());
                for (String step : stretch.steps()) {
                    fonts.requirePrintable(
                            stretch.isTherapistsOwn() ? "homeCare.ownStretch.steps" : "stretchSteps",
                            "A stretch step" + of,
                            step);
                }
            }
            fonts.requirePrintable("frequency", "How often" + of, muscle.frequency());
        }
    }
}
