package org.knotwork.handout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GlyphTableTest {

    @Test
    void everyCharacterHasTheWidthAndGlyphTheFontFileGivesIt() throws Exception {
        BaseFont sheet = HandoutFonts.liberation().regular();
        BaseFont plain = fromTheFile("LiberationSans-Regular.ttf");
        // The whole Basic Multilingual Plane the table stands in front of, and two characters beyond it.
        IntStream.concat(IntStream.rangeClosed(0, 0xFFFF), IntStream.of(0x1D400, 0x1F600))
                .forEach(c -> {
                    String at = "U+" + Integer.toHexString(c);
                    assertEquals(plain.charExists(c), sheet.charExists(c), at);
                    assertEquals(plain.getWidth(c), sheet.getWidth(c), at);
                    assertEquals(plain.getCidCode(c), sheet.getCidCode(c), at);
                });
    }

    @Test
    void anAddedCharacterIsAnsweredAndEveryOtherChangeIsRefused() {
        GlyphTable table = new GlyphTable(new HashMap<>(Map.of(0x41, new int[] {36, 667})));
        table.put(0x42, new int[] {37, 667});
        table.putAll(Map.of(0x1D400, new int[] {900, 722}));

        assertArrayEquals(new int[] {37, 667}, table.get(0x42));
        assertArrayEquals(new int[] {900, 722}, table.get(0x1D400));
        assertThrows(UnsupportedOperationException.class, () -> table.remove(0x41));
        assertThrows(UnsupportedOperationException.class, () -> table.replace(0x41, new int[] {1, 1}));
        assertThrows(UnsupportedOperationException.class, () -> table.computeIfAbsent(0x43, c -> new int[] {1, 1}));
        assertThrows(UnsupportedOperationException.class, () -> table.merge(0x41, new int[] {1, 1}, (a, b) -> b));
        assertThrows(UnsupportedOperationException.class, table::clear);
        assertArrayEquals(new int[] {36, 667}, table.get(0x41));
    }

    /** The font as OpenPDF reads it, with its own character map. */
    private static BaseFont fromTheFile(String file) throws Exception {
        try (InputStream in = GlyphTableTest.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        }
    }
}
