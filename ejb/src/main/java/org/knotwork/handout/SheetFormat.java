package org.knotwork.handout;

/** How a sheet is laid out for its reader: the paper, the print size and the language. */
public record SheetFormat(PaperSize paper, PrintSize print, HandoutLanguage language) {

    /** A4, standard print, English. */
    public static SheetFormat usual(PaperSize paper) {
        return new SheetFormat(paper, PrintSize.STANDARD, HandoutLanguage.EN);
    }
}
