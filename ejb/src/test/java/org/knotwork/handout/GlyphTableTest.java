package org.knotwork.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
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

    /** The font as OpenPDF reads it, with its own character map. */
    private static BaseFont fromTheFile(String file) throws Exception {
        try (InputStream in = GlyphTableTest.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        }
    }
}
