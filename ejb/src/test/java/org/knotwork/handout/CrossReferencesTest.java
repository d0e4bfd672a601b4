package org.knotwork.handout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfWriter.PdfBody.PdfCrossReference;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CrossReferencesTest {

    @Test
    void answersEveryQuestionOpenPdfAsksAsTheTreeDid() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            TreeSet<PdfCrossReference> tree = new TreeSet<>();
            CrossReferences array = new CrossReferences();
            same(tree, array);
            for (int step = 0; step < 3_000; step++) {
                // Numbers beyond the array's first size, entries added twice, removed while absent.
                int number = random.nextInt(1_200);
                PdfCrossReference entry = new PdfCrossReference(number, random.nextInt(100_000));
                switch (random.nextInt(3)) {
                    case 0, 1 -> assertEquals(tree.add(entry), array.add(entry), "add " + number);
                    default -> assertEquals(tree.remove(entry), array.remove(entry), "remove " + number);
                }
                assertEquals(tree.contains(entry), array.contains(entry));
                if (step % 97 == 0) {
                    same(tree, array);
                }
            }
            same(tree, array);
        }
    }

    @Test
    void aDocumentWrittenWithTheArrayHasTheSameBytes() throws Exception {
        for (boolean packed : new boolean[] {true, false}) {
            assertArrayEquals(tagged(false, packed), tagged(true, packed), packed ? "object streams" : "classic table");
        }
    }

    @Test
    void refusesWhatOpenPdfDoesNotAskRatherThanAnswerFromAnEmptyTree() {
        CrossReferences array = new CrossReferences();
        array.add(new PdfCrossReference(3, 10));
        assertThrows(UnsupportedOperationException.class, array::descendingSet);
        assertThrows(UnsupportedOperationException.class, () -> array.ceiling(new PdfCrossReference(1, 0)));
    }

    private static void same(TreeSet<PdfCrossReference> tree, CrossReferences array) {
        assertEquals(tree.size(), array.size());
        assertEquals(tree.isEmpty(), array.isEmpty());
        List<PdfCrossReference> expected = new ArrayList<>(tree);
        List<PdfCrossReference> actual = new ArrayList<>();
        array.forEach(actual::add);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), "entry " + i);
        }
        if (tree.isEmpty()) {
            assertThrows(NoSuchElementException.class, array::first);
            assertThrows(NoSuchElementException.class, array::last);
        } else {
            assertSame(tree.first(), array.first());
            assertSame(tree.last(), array.last());
        }
    }

    /** A small tagged document with fixed dates and file ID, its entries kept by OpenPDF's tree or by the array. */
    private static byte[] tagged(boolean array, boolean packed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfDocument pdf = new PdfDocument();
        document.addDocListener(pdf);
        PdfWriter writer = array ? new ArrayWriter(pdf, out) : new TreeWriter(pdf, out);
        pdf.addWriter(writer);
        writer.setTagged();
        if (packed) {
            writer.setFullCompression();
        }
        document.open();
        Calendar at = Calendar.getInstance();
        at.setTimeInMillis(1_764_460_800_000L);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(at));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(at));
        byte[] id = new byte[16];
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        BaseFont font = BaseFont.createFont();
        for (int i = 0; i < 400; i++) {
            if (i > 0 && i % 40 == 0) {
                document.newPage();
            }
            PdfContentByte canvas = writer.getDirectContent();
            PdfStructureElement paragraph = new PdfStructureElement(root, PdfName.P);
            canvas.beginMarkedContentSequence(paragraph);
            canvas.beginText();
            canvas.setFontAndSize(font, 10);
            canvas.setTextMatrix(40, 800 - 18 * (i % 40));
            canvas.showText("Paragraph " + i);
            canvas.endText();
            canvas.endMarkedContentSequence();
        }
        document.close();
        return out.toByteArray();
    }

    private static final class TreeWriter extends PdfWriter {
        TreeWriter(PdfDocument pdf, ByteArrayOutputStream out) {
            super(pdf, out);
        }
    }

    private static final class ArrayWriter extends PdfWriter {
        ArrayWriter(PdfDocument pdf, ByteArrayOutputStream out) {
            super(pdf, out);
        }

        @Override
        public void open() {
            super.open();
            CrossReferences.install(body);
            try {
                Field entries = PdfWriter.PdfBody.class.getDeclaredField("xrefs");
                entries.setAccessible(true);
                assertInstanceOf(CrossReferences.class, entries.get(body), "the array stands in the body");
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
