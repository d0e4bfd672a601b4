package org.knotwork.proms;

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

/** One questionnaire loaded twice at once, on a real PostgreSQL: the second is refused (409), not failed at commit. */
class QuestionnaireLoadsAtOnceTest extends OnCountedUnit {

    static final String ODI = Questionnaires.choices("ODI", 10, 0, 5, "percent-of-max-answered", 8, "10", "lower");

    @Test
    void theSecondOfTwoLoadsAtOnceIsRefusedAsLoadedAlready() {
        CurrentUser owner = owner();

        TwoAtOnce.Second outcome = TwoAtOnce.run(
                unit,
                em -> service(em, owner).load(ODI, "Licensed to the practice", QuestionnaireDefinition::code),
                em -> service(em, owner).load(ODI, "Licensed to the practice", QuestionnaireDefinition::code));

        assertThat(outcome.failure()).isInstanceOf(ConflictException.class).hasMessageContaining("loaded already");
        String loaded = unit.inTransaction(em -> service(em, owner).definition("ODI", QuestionnaireDefinition::code));
        assertThat(loaded).isEqualTo("ODI");
    }

    private static CurrentUser owner() {
        UUID id = UUID.randomUUID();
        unit.database().insertUser(id, "owner");
        CurrentUser owner = new CurrentUser();
        owner.recognise(
                new SignedInUser(UUID.randomUUID(), SessionStep.SIGNED_IN, id, "owner", "Owner", Set.of(Role.OWNER)));
        return owner;
    }

    private static PromService service(EntityManager em, CurrentUser owner) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
        return wired(
                new PromService(),
                Map.of("em", em, "clock", clock, "currentUser", owner, "audit", new RecordedAudit()));
    }
}
