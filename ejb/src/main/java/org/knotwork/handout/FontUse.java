package org.knotwork.handout;

import com.lowagie.text.pdf.PdfIndirectReference;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;

/**
 * What OpenPDF records about a font a document used: the reference its pages point to, and the glyphs they printed.
 * OpenPDF keeps that record ({@code FontDetails}) package-private, so its two fields are read by reflection, looked up
 * once per JVM; the class and both fields have been there unchanged since iText 2. Nothing is written through it.
 */
final class FontUse {

    private static final Field REFERENCE;
    private static final Field GLYPHS;

    static {
        try {
            Class<?> details = Class.forName("com.lowagie.text.pdf.FontDetails");
            REFERENCE = details.getDeclaredField("indirectReference");
            GLYPHS = details.getDeclaredField("longTag");
            REFERENCE.setAccessible(true);
            GLYPHS.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This OpenPDF no longer records fonts as the handout expects.", e);
        }
    }

    private FontUse() {}

    /** The indirect reference the pages' resources give for the font. */
    static PdfIndirectReference reference(Object details) {
        try {
            return (PdfIndirectReference) REFERENCE.get(details);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The glyph numbers printed with a Unicode (Identity-H) TrueType font; empty for any other kind of font. */
    static Set<Integer> glyphs(Object details) {
        try {
            Map<?, ?> glyphs = (Map<?, ?>) GLYPHS.get(details);
            if (glyphs == null) {
                return Set.of();
            }
            @SuppressWarnings("unchecked")
            Set<Integer> numbers = (Set<Integer>) glyphs.keySet();
            return numbers;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
