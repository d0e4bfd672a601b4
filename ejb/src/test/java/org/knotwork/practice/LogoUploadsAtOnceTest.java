package org.knotwork.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.testing.Wired.wired;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.testing.OnCountedUnit;
import org.knotwork.testing.TwoAtOnce;

/** A logo uploaded twice at once, on a real PostgreSQL: a replace, so the later upload is the logo, and neither fails. */
class LogoUploadsAtOnceTest extends OnCountedUnit {

    @Test
    void twoFirstUploadsAtOnceLeaveTheSecondsLogoAndNoFailure() throws IOException {
        byte[] first = PracticeLogoTest.png(120, 40);
        byte[] second = PracticeLogoTest.png(60, 20);

        TwoAtOnce.Second outcome = TwoAtOnce.run(
                unit,
                em -> {
                    service(em).replaceLogo(first, "image/png");
                    return null;
                },
                em -> {
                    service(em).replaceLogo(second, "image/png");
                    return null;
                });

        assertThat(outcome.failure()).isNull();
        Optional<byte[]> logo = unit.inTransaction(em -> service(em).logo(PracticeLogo::image));
        assertThat(logo).hasValueSatisfying(image -> assertThat(image).isEqualTo(second));
    }

    private static PracticeSettingsService service(EntityManager em) {
        return wired(new PracticeSettingsService(), Map.of("em", em, "audit", new RecordedAudit()));
    }
}
