package org.knotwork.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.testing.Wired.wired;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.platform.StaleVersionException;
import org.knotwork.testing.OnCountedUnit;
import org.knotwork.testing.TwoAtOnce;

/**
 * A logo uploaded twice at once from pages that read the same settings, on a real PostgreSQL: the uploads wait for
 * each other on the settings' row, the first is the logo and the second is refused as stale (a 409), never a failed
 * insert of a second first logo (a 500).
 */
class LogoUploadsAtOnceTest extends OnCountedUnit {

    @Test
    void twoFirstUploadsAtOnceLeaveTheFirstsLogoAndRefuseTheSecondAsStale() throws IOException {
        byte[] first = PracticeLogoTest.png(120, 40);
        byte[] second = PracticeLogoTest.png(60, 20);
        long read = unit.inTransaction(em -> PracticeSettingsService.current(em).version());

        TwoAtOnce.Second outcome = TwoAtOnce.run(
                unit,
                em -> {
                    service(em).replaceLogo(read, first, "image/png");
                    return null;
                },
                em -> {
                    service(em).replaceLogo(read, second, "image/png");
                    return null;
                });

        assertThat(outcome.failure()).isInstanceOf(StaleVersionException.class);
        Optional<byte[]> logo = unit.inTransaction(em -> service(em).logo(PracticeLogo::image));
        assertThat(logo).hasValueSatisfying(image -> assertThat(image).isEqualTo(first));
    }

    private static PracticeSettingsService service(EntityManager em) {
        return wired(new PracticeSettingsService(), Map.of("em", em, "audit", new RecordedAudit()));
    }
}
