package org.knotwork.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.testing.Wired.wired;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.platform.ConflictException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.testing.OnCountedUnit;
import org.knotwork.testing.TwoAtOnce;

/** Two practice exports kicked off at once, on a real PostgreSQL: one runs, the other is refused (409). */
class ExportKickOffsAtOnceTest extends OnCountedUnit {

    @Test
    void theSecondOfTwoKickOffsAtOnceIsRefusedAndOneExportIsQueued() {
        CurrentUser owner = owner();

        TwoAtOnce.Second outcome = TwoAtOnce.run(
                unit,
                em -> service(em, owner).start("https://clinic.example/fhir", BulkExport::id),
                em -> service(em, owner).start("https://clinic.example/fhir", BulkExport::id));

        assertThat(outcome.failure()).isInstanceOf(ConflictException.class).hasMessageContaining("already running");
        long exports = unit.inTransaction(em ->
                em.createQuery("select count(e) from BulkExport e", Long.class).getSingleResult());
        assertThat(exports).isEqualTo(1L);
    }

    private static CurrentUser owner() {
        UUID id = UUID.randomUUID();
        unit.database().insertUser(id, "owner");
        CurrentUser owner = new CurrentUser();
        owner.recognise(
                new SignedInUser(UUID.randomUUID(), SessionStep.SIGNED_IN, id, "owner", "Owner", Set.of(Role.OWNER)));
        return owner;
    }

    private static BulkExportService service(EntityManager em, CurrentUser owner) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
        BulkExportRunner notRun = new BulkExportRunner() {
            @Override
            public void run(UUID exportId) {}
        };
        return wired(
                new BulkExportService(),
                Map.of("em", em, "clock", clock, "currentUser", owner, "audit", new RecordedAudit(), "runner", notRun));
    }
}
