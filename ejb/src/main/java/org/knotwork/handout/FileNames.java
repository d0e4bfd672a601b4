package org.knotwork.handout;

import java.text.Normalizer;

/** A handout's file name: what it is, for whom, from when; ASCII letters, digits and dashes only. */
final class FileNames {

    private FileNames() {}

    static String of(HandoutContent content, PaperSize paper) {
        return of(content, SheetFormat.usual(paper));
    }

    /** English standard print on A4 has no suffix; anything else says so: "-letter", "-large", "-es". */
    static String of(HandoutContent content, SheetFormat format) {
        String name = "home-care-" + ascii(content.clientName()) + "-" + content.sessionDate();
        return name + (content.preview() ? "-preview" : "") + (format.paper() == PaperSize.LETTER ? "-letter" : "")
                + (format.print() == PrintSize.LARGE ? "-large" : "")
                + (format.language() == HandoutLanguage.EN
                        ? ""
                        : "-" + format.language().code()) + ".pdf";
    }

    /** "Zoë O'Brien-Núñez" becomes "Zoe-OBrien-Nunez": accents dropped, anything else not a letter or digit a dash. */
    static String ascii(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String safe = plain.replaceAll("['\u2019]", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return safe.isEmpty() ? "client" : safe;
    }
}
