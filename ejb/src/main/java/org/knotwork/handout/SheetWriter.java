package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * OpenPDF's writer, except that a handout font whose glyphs on this sheet all lie in one of its prepared repertoires is
 * written as that repertoire's font objects, made once per JVM ({@link SheetFont}), instead of being subset and
 * compressed again. A sheet with a glyph outside every repertoire gets OpenPDF's own subset of that font, as before.
 * And its cross-reference entries are kept in an array by object number ({@link CrossReferences}).
 */
final class SheetWriter extends PdfWriter {

    private final HandoutFonts fonts;
    private boolean subsetHere;

    private SheetWriter(PdfDocument pdf, OutputStream out, HandoutFonts fonts) {
        super(pdf, out);
        this.fonts = fonts;
    }

    /** As {@link PdfWriter#getInstance(Document, OutputStream)}. */
    static SheetWriter open(Document document, OutputStream out, HandoutFonts fonts) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        document.addDocListener(pdf);
        SheetWriter writer = new SheetWriter(pdf, out, fonts);
        pdf.addWriter(writer);
        return writer;
    }

    /** Whether OpenPDF subset a font for this sheet, whose name then carries a random tag to be fixed. */
    boolean subsetHere() {
        return subsetHere;
    }

    /** OpenPDF makes the document's body here; its cross-reference entries go into an array (see there why). */
    @Override
    public void open() {
        super.open();
        CrossReferences.install(body);
    }

    @Override
    protected void addSharedObjectsToBody() throws IOException {
        Map<BaseFont, ?> used = documentFonts;
        for (Iterator<? extends Map.Entry<BaseFont, ?>> it = used.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<BaseFont, ?> font = it.next();
            Set<Integer> glyphs = FontUse.glyphs(font.getValue());
            SheetFont prepared = fonts.prepared(font.getKey(), glyphs);
            if (prepared == null) {
                subsetHere = true;
            } else {
                prepared.write(this, FontUse.reference(font.getValue()));
                it.remove();
            }
        }
        super.addSharedObjectsToBody();
    }
}
