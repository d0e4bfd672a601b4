package org.knotwork.handout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
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

    @Test
    void theMapsViewsRefuseChangesTooAndTheArrayKeepsAnswering() {
        GlyphTable table = new GlyphTable(new HashMap<>(Map.of(0x41, new int[] {36, 667}, 0x42, new int[] {37, 667})));
        int[] b = table.get(0x42);

        assertThrows(UnsupportedOperationException.class, () -> table.keySet().remove(0x41));
        assertThrows(UnsupportedOperationException.class, () -> table.keySet().removeIf(c -> true));
        assertThrows(UnsupportedOperationException.class, () -> table.values().remove(b));
        assertThrows(UnsupportedOperationException.class, () -> table.values().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> table.entrySet().iterator().next().setValue(new int[2]));
        assertThrows(UnsupportedOperationException.class, () -> {
            Iterator<Integer> characters = table.keySet().iterator();
            characters.next();
            characters.remove();
        });
        assertEquals(2, table.size());
        assertEquals(Set.of(0x41, 0x42), table.keySet());
        assertArrayEquals(new int[] {36, 667}, table.get(0x41));
        assertArrayEquals(
                new int[] {36, 667},
                table.entrySet().stream()
                        .filter(e -> e.getKey() == 0x41)
                        .findFirst()
                        .orElseThrow()
                        .getValue());
    }

    /** The font as OpenPDF reads it, with its own character map. */
    private static BaseFont fromTheFile(String file) throws Exception {
        try (InputStream in = GlyphTableTest.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        }
    }
}
