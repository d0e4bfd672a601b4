package org.knotwork.handout;

import java.nio.charset.StandardCharsets;

/**
 * Makes the names of the embedded font subsets the same on every run. OpenPDF tags each subset with six random
 * capitals ("GVFFTM+LiberationSans"), as the PDF format asks, so without this two renderings of one signed note would
 * differ and its recorded SHA-256 would no longer match a re-issue. The tag only has to tell subsets apart within one
 * file, and this file has one subset per font, so a fixed tag per font is enough. Same length, so no offset moves.
 */
final class SubsetTags {

    private static final byte[] FAMILY = "+LiberationSans".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REGULAR = "KNWREG".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BOLD = "KNWBLD".getBytes(StandardCharsets.US_ASCII);
    private static final int TAG = 6;

    private SubsetTags() {}

    static byte[] fix(byte[] pdf) {
        for (int at = indexOf(pdf, 0); at >= 0; at = indexOf(pdf, at + FAMILY.length)) {
            if (at >= TAG && capitals(pdf, at - TAG)) {
                boolean bold = at + FAMILY.length < pdf.length && pdf[at + FAMILY.length] == '-';
                System.arraycopy(bold ? BOLD : REGULAR, 0, pdf, at - TAG, TAG);
            }
        }
        return pdf;
    }

    private static boolean capitals(byte[] pdf, int from) {
        for (int i = from; i < from + TAG; i++) {
            if (pdf[i] < 'A' || pdf[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] pdf, int from) {
        outer:
        for (int i = from; i <= pdf.length - FAMILY.length; i++) {
            if (pdf[i] != '+') {
                continue;
            }
            for (int j = 1; j < FAMILY.length; j++) {
                if (pdf[i + j] != FAMILY[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
