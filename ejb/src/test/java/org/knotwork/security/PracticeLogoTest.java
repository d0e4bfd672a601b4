package org.knotwork.security;

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
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
    void theLetterheadIsOptionalAndBounded() {
        PracticeSettings settings = new PracticeSettings();
        settings.changeLetterhead("  Harbour Street Myotherapy ", " ");

        assertThat(settings.practiceName()).isEqualTo("Harbour Street Myotherapy");
        assertThat(settings.practiceContact()).isNull();
        assertThatThrownBy(() -> settings.changeLetterhead("x".repeat(121), null))
                .isInstanceOf(RuleViolationException.class);
    }
}
