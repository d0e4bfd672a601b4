package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.zip.Deflater;

/**
 * One of the handout's fonts as a sheet embeds it: the font program cut down to a fixed repertoire of characters, its
 * widths and its ToUnicode map, made and compressed once per JVM and then copied into every sheet whose glyphs all lie
 * in the repertoire. OpenPDF would cut and compress the font again for each sheet (JMH's stack profile put the
 * compression alone at about 14 % of a sheet; see performance.md).
 *
 * <p>The objects are the ones OpenPDF itself writes for a subset of the repertoire (a probe page printing every
 * character of it, read back): the same font program tables, glyph numbers, widths and names, so the sheet's page
 * content is byte for byte what it was with a per-sheet subset, and only the font objects carry more glyphs.
 */
final class SheetFont {

    private final BitSet glyphs;
    private final byte[] program;
    private final PdfNumber programLength;
    private final PdfDictionary descriptor;
    private final PdfDictionary descendant;
    private final byte[] toUnicode;
    private final PdfDictionary font;

    private SheetFont(BitSet glyphs, PdfReader probe, PdfDictionary type0) throws IOException {
        this.glyphs = glyphs;
        this.font = copy(type0, PdfName.DESCENDANTFONTS, PdfName.TOUNICODE);
        PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(
                ((PdfArray) PdfReader.getPdfObject(type0.get(PdfName.DESCENDANTFONTS))).getPdfObject(0));
        this.descendant = copy(cid, PdfName.FONTDESCRIPTOR);
        PdfDictionary described = cid.getAsDict(PdfName.FONTDESCRIPTOR);
        this.descriptor = copy(described, PdfName.FONTFILE2);
        PRStream file = (PRStream) PdfReader.getPdfObject(described.get(PdfName.FONTFILE2));
        this.program = PdfReader.getStreamBytesRaw(file);
        this.programLength = new PdfNumber(((PdfNumber) file.get(PdfName.LENGTH1)).intValue());
        this.toUnicode = PdfReader.getStreamBytesRaw((PRStream) PdfReader.getPdfObject(type0.get(PdfName.TOUNICODE)));
        probe.close();
    }

    /**
     * Prints every character of {@code repertoire} with {@code base} on a probe page, as OpenPDF subsets it, with the
     * best compression (paid once), and keeps the font objects of the result.
     */
    static SheetFont of(BaseFont base, String repertoire) {
        int level = base.getCompressionLevel();
        try {
            base.setCompressionLevel(Deflater.BEST_COMPRESSION);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            Document document = new Document(PageSize.A4);
            PdfDocument pdf = new PdfDocument();
            document.addDocListener(pdf);
            Probe writer = new Probe(pdf, out);
            pdf.addWriter(writer);
            document.open();
            document.add(new Paragraph(repertoire, new Font(base, 10f)));
            document.close();
            PdfReader reader = new PdfReader(SubsetTags.fix(out.toByteArray()));
            PdfDictionary fonts =
                    reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            PdfDictionary type0 = fonts.getAsDict(fonts.getKeys().iterator().next());
            return new SheetFont(writer.glyphs, reader, type0);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The handout's font could not be prepared.", e);
        } finally {
            base.setCompressionLevel(level);
        }
    }

    boolean covers(Collection<Integer> used) {
        for (int glyph : used) {
            if (glyph < 0 || !glyphs.get(glyph)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the font into {@code writer}'s file as the object the pages' resources point to ({@code at}). */
    void write(PdfWriter writer, PdfIndirectReference at) throws IOException {
        PdfIndirectReference file =
                writer.addToBody(new Deflated(program, programLength)).getIndirectReference();
        PdfDictionary describing = new PdfDictionary();
        describing.merge(descriptor);
        describing.put(PdfName.FONTFILE2, file);
        PdfIndirectReference described = writer.addToBody(describing).getIndirectReference();
        PdfDictionary cid = new PdfDictionary();
        cid.merge(descendant);
        cid.put(PdfName.FONTDESCRIPTOR, described);
        PdfIndirectReference descendantAt = writer.addToBody(cid).getIndirectReference();
        PdfIndirectReference unicode =
                writer.addToBody(new Deflated(toUnicode, null)).getIndirectReference();
        PdfDictionary type0 = new PdfDictionary();
        type0.merge(font);
        type0.put(PdfName.DESCENDANTFONTS, new PdfArray(descendantAt));
        type0.put(PdfName.TOUNICODE, unicode);
        writer.addToBody(type0, at);
    }

    /** A copy made of plain objects (the reader's own are tied to it), without the entries that are references. */
    private static PdfDictionary copy(PdfDictionary source, PdfName... references) {
        PdfDictionary copy = new PdfDictionary();
        for (PdfName key : source.getKeys()) {
            if (!List.of(references).contains(key)) {
                copy.put(key, plain(PdfReader.getPdfObject(source.get(key))));
            }
        }
        return copy;
    }

    private static PdfObject plain(PdfObject object) {
        if (object instanceof PdfDictionary dictionary) {
            return copy(dictionary);
        }
        if (object instanceof PdfArray array) {
            PdfArray copy = new PdfArray();
            for (int i = 0; i < array.size(); i++) {
                copy.add(plain(array.getDirectObject(i)));
            }
            return copy;
        }
        if (object instanceof PdfString string) {
            return new PdfString(string.getOriginalBytes());
        }
        if (object instanceof PdfNumber number) {
            return new PdfNumber(number.toString());
        }
        if (object instanceof PdfName) {
            return object;
        }
        throw new IllegalStateException("Unexpected object in a font: " + object);
    }

    /** A stream whose bytes are already deflated: written as they are. */
    private static final class Deflated extends PdfStream {

        Deflated(byte[] deflated, PdfNumber length1) {
            bytes = deflated;
            compressed = true;
            put(PdfName.LENGTH, new PdfNumber(deflated.length));
            put(PdfName.FILTER, PdfName.FLATEDECODE);
            if (length1 != null) {
                put(PdfName.LENGTH1, length1);
            }
        }
    }

    /** Notes which glyphs the probe page printed, before OpenPDF writes its subset of them. */
    private static final class Probe extends PdfWriter {

        private final BitSet glyphs = new BitSet();

        Probe(PdfDocument pdf, OutputStream out) {
            super(pdf, out);
        }

        @Override
        protected void addSharedObjectsToBody() throws IOException {
            for (Object details : documentFonts.values()) {
                FontUse.glyphs(details).forEach(glyphs::set);
            }
            super.addSharedObjectsToBody();
        }
    }
}
