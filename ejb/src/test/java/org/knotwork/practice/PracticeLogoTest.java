package org.knotwork.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

class PracticeLogoTest {

    static byte[] png() throws IOException {
        return png(120, 40);
    }

    /** A PNG of one bit a pixel: 8000 × 8000 of them compress to a few hundred KiB, as the attacker's did. */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png", out);
        return out.toByteArray();
    }

    @Test
    void aLogoOfMoreThanTwoThousandPixelsASideIsRefusedFromItsHeaderAlone() throws IOException {
        byte[] huge = png(8000, 8000);
        assertThat(huge.length).isLessThan(PracticeLogo.MAX_BYTES);

        assertThatThrownBy(() -> new PracticeLogo(huge, "image/png"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("at most 2000 × 2000 pixels")
                .hasMessageContaining("8000 × 8000")
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("logo");
        assertThat(new PracticeLogo(png(2000, 500), "image/png").image()).isNotEmpty();
    }

    @Test
    void aTruncatedImageIsRefusedAsNotWhole() throws IOException {
        byte[] whole = png();
        byte[] fortyBytes = java.util.Arrays.copyOf(whole, 40);
        byte[] lastChunkCut = java.util.Arrays.copyOf(whole, whole.length - 20);

        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        BufferedImage noise = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 300; x++) {
            noise.setRGB(x, x % 200, 0xffffff * (x % 7) / 7);
        }
        ImageIO.write(noise, "jpeg", jpeg);
        byte[] jpegHalf = java.util.Arrays.copyOf(jpeg.toByteArray(), jpeg.size() / 2);
        assertThat(new PracticeLogo(jpeg.toByteArray(), "image/jpeg").image()).isNotEmpty();

        for (byte[] broken : new byte[][] {fortyBytes, lastChunkCut, jpegHalf}) {
            assertThatThrownBy(() -> new PracticeLogo(broken, broken[0] == (byte) 0xff ? "image/jpeg" : "image/png"))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("not a whole image");
        }
    }

    @Test
    void aSmallPngOrJpegIsTaken() throws IOException {
        PracticeLogo logo = new PracticeLogo(png(), "image/png");

        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(logo.image()).isEqualTo(png());
    }

    @Test
    void anythingElseIsRefusedWithTheReason() throws IOException {
        assertThatThrownBy(() -> new PracticeLogo(png(), "image/gif"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("PNG or JPEG");
        assertThatThrownBy(() -> new PracticeLogo(png(), "image/jpeg"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not a image/jpeg");
        assertThatThrownBy(() -> new PracticeLogo(new byte[PracticeLogo.MAX_BYTES + 1], "image/png"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("256 KiB");
    }

    @Test
    void theLetterheadsNameAndAddressAreOptionalButItsPhoneIsNot() {
        PracticeSettings settings = new PracticeSettings();
        settings.changeLetterhead("  Harbour Street Myotherapy ", " ", " 023 9200 0000 ");

        assertThat(settings.practiceName()).isEqualTo("Harbour Street Myotherapy");
        assertThat(settings.practiceContact()).isNull();
        assertThat(settings.contactPhone()).isEqualTo("023 9200 0000");
        assertThatThrownBy(() -> settings.changeLetterhead("x".repeat(121), null, "023 9200 0000"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> settings.changeLetterhead("Harbour Street", null, " "))
                .hasMessageContaining("every handout prints it");
        assertThatThrownBy(() -> settings.changeLetterhead("Harbour Street", null, "call us"))
                .hasMessageContaining("digits");
        assertThatThrownBy(() -> settings.changeLetterhead("Harbour Street", null, "+44"))
                .hasMessageContaining("digits");
    }

    @Test
    void theDiscomfortLimitStaysWhereCompressionIsPainFreeAndEveryChangeSaysOldToNew() {
        PracticeSettings settings = new PracticeSettings();
        settings.change(false, 3, PressureUnit.KPA);

        assertThat(settings.change(false, 5, PressureUnit.KPA)).isEqualTo("compression discomfort limit 3/10 → 5/10");
        assertThat(settings.change(false, 0, PressureUnit.KPA)).isEqualTo("compression discomfort limit 5/10 → 0/10");
        assertThat(settings.change(true, 0, PressureUnit.KGF_CM2))
                .isEqualTo("own clients only false → true; pressure unit KPA → KGF_CM2");
        assertThat(settings.change(true, 0, PressureUnit.KGF_CM2)).isEqualTo("nothing changed");
        assertThatThrownBy(() -> settings.change(false, 6, PressureUnit.KPA))
                .hasMessageContaining("0 to 5")
                .hasMessageContaining("no longer pain free");
        assertThatThrownBy(() -> settings.change(false, -1, PressureUnit.KPA)).hasMessageContaining("0 to 5");
        assertThat(settings.compressionDiscomfortThreshold()).isZero();
    }
}
