package org.knotwork.platform;

/**
 * Whether a text can be printed on the client's home-care sheet, asked where the text is typed: a practice name or a
 * therapist's name that the sheet's fonts cannot print would otherwise be accepted and then stop every sheet that
 * carries it. The sheet's fonts are the handout's to know; this is the question lower floors may ask of them.
 */
public interface PrintableText {

    /**
     * Refuses {@code text} (a {@link RuleViolationException} naming {@code field}, the character and why) when the
     * sheet cannot print one of its characters; null passes.
     */
    void require(String field, String label, String text);
}
