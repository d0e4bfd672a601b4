package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.testing.Wired.wired;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditTrail;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Placement;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.platform.ConflictException;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.testing.OnCountedUnit;

/**
 * A draft saved again through {@link NoteService} on a real PostgreSQL (its collaborators wired by hand): a save that
 * changes nothing is no event (the version stays, no audit line), a real change moves the version once and writes
 * one line saying which parts changed, without the note's words; an amendment's line says which one it is. A draft
 * at whose session questionnaire answers were recorded is not discarded (409, in plain words), not failed at commit.
 */
class NoteSaveAuditTest extends OnCountedUnit {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID THERAPIST = UUID.randomUUID();

    @BeforeAll
    static void therapist() {
        unit.database().insertUser(THERAPIST, "jo");
    }

    @Test
    void aDraftSavedAgainAsItIsKeepsItsVersionAndWritesNoLine() {
        Draft draft = draft();

        Saved again = save(draft.note(), draft.version(), UnaryOperator.identity());

        assertThat(again.version()).as("the version").isEqualTo(draft.version());
        assertThat(again.audit()).as("the audit lines").isEmpty();
        assertThat(version(draft.note())).as("the stored version").isEqualTo(draft.version());

        Saved sameWords = save(draft.note(), draft.version(), held -> withText(held, "Neck", 6));
        assertThat(sameWords.version()).isEqualTo(draft.version());
        assertThat(sameWords.audit()).isEmpty();
    }

    @Test
    void aRealChangeMovesTheVersionOnceAndItsLineNamesThePartsNotTheWords() {
        Draft draft = draft();

        Saved changed = save(draft.note(), draft.version(), held -> withText(held, "Neck and left shoulder", 4));

        assertThat(changed.version()).isEqualTo(draft.version() + 1);
        assertThat(changed.audit()).containsExactly("UPDATE SUCCESS fields: complaint, painBefore");
        assertThat(changed.audit().get(0)).doesNotContain("shoulder");

        Saved pointAdded = save(draft.note(), changed.version(), held -> withPoint(held, draft.spare()));
        assertThat(pointAdded.version()).isEqualTo(changed.version() + 1);
        assertThat(pointAdded.audit()).containsExactly("UPDATE SUCCESS points: 1 added; episodes 3 → 4");

        Saved measured = save(draft.note(), pointAdded.version(), held -> withPptAfterOfFirst(held, 310.0));
        assertThat(measured.version()).isEqualTo(pointAdded.version() + 1);
        assertThat(measured.audit()).containsExactly("UPDATE SUCCESS points: 1 changed");

        Saved pointDropped = save(draft.note(), measured.version(), held -> withoutFirstPoint(held));
        assertThat(pointDropped.audit()).containsExactly("UPDATE SUCCESS points: 1 removed; episodes 4 → 1");
    }

    @Test
    void anAmendmentsLineSaysWhichAmendmentItIsWithoutItsWords() {
        Draft draft = draft();
        unit.inTransaction(em -> {
            em.find(TreatmentNote.class, draft.note()).sign(THERAPIST, NOW);
            return null;
        });

        List<String> first = amend(draft.note(), "Typo in the plan", "Weekly for four weeks");
        List<String> second = amend(draft.note(), "Wrong side", "Left, not right");

        List<UUID> ids = amendmentIds(draft.note());
        assertThat(first).containsExactly("AMEND SUCCESS amendment 1, " + ids.get(0));
        assertThat(second).containsExactly("AMEND SUCCESS amendment 2, " + ids.get(1));
    }

    @Test
    void aDraftWithQuestionnaireAnswersRecordedAtItsSessionIsNotDiscarded() {
        Draft answered = draft();
        unit.inTransaction(em -> em.createNativeQuery(
                        "insert into questionnaire_responses (id, client_id, note_id, measure, occasion, answered_at,"
                                + " recorded_at, recorded_by, answers, answered) select gen_random_uuid(), client_id,"
                                + " id, 'PGIC', 'SESSION', now(), now(), :by, '[]', 0 from treatment_notes where"
                                + " id = :note")
                .setParameter("by", THERAPIST)
                .setParameter("note", answered.note())
                .executeUpdate());

        assertThatThrownBy(() -> discard(answered.note(), answered.version()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("questionnaire answers were recorded at this session");
        assertThat(version(answered.note())).as("the draft is kept").isEqualTo(answered.version());

        Draft unanswered = draft();
        assertThat(discard(unanswered.note(), unanswered.version())).containsExactly("DRAFT_DISCARDED SUCCESS null");
    }

    private static List<String> discard(UUID note, int expected) {
        return unit.inTransaction(em -> {
            RecordedAudit audit = new RecordedAudit();
            service(em, audit).discard(note, expected);
            return audit.lines;
        });
    }

    private static NoteInput withText(NoteInput held, String complaint, int painBefore) {
        return new NoteInput(
                held.sessionAt(),
                complaint,
                painBefore,
                held.points(),
                held.assessment(),
                held.plan(),
                held.painAfter(),
                held.reasons(),
                held.homeCare(),
                held.complaintRegion(),
                held.clearances(),
                held.noPointsReason());
    }

    private static NoteInput withPoint(NoteInput held, UUID point) {
        List<NoteInput.PointInput> points = new ArrayList<>(held.points());
        points.add(new NoteInput.PointInput(
                point,
                200.0,
                null,
                null,
                List.of(new CompressionEpisode(2, null, 45, 1, 1, ReleaseReason.TISSUE_RELEASED)),
                null,
                false,
                null,
                null));
        return withPoints(held, points);
    }

    private static NoteInput withPptAfterOfFirst(NoteInput held, double kpa) {
        List<NoteInput.PointInput> points = new ArrayList<>(held.points());
        NoteInput.PointInput p = points.get(0);
        points.set(
                0,
                new NoteInput.PointInput(
                        p.triggerPointId(),
                        p.pptBeforeKpa(),
                        kpa,
                        p.statusAfter(),
                        p.episodes(),
                        p.position(),
                        p.siteAvoided(),
                        p.home(),
                        p.homeStretchCode()));
        return withPoints(held, points);
    }

    private static NoteInput withoutFirstPoint(NoteInput held) {
        return withPoints(held, held.points().subList(1, held.points().size()));
    }

    private static NoteInput withPoints(NoteInput held, List<NoteInput.PointInput> points) {
        return new NoteInput(
                held.sessionAt(),
                held.complaint(),
                held.painBefore(),
                points,
                held.assessment(),
                held.plan(),
                held.painAfter(),
                held.reasons(),
                held.homeCare(),
                held.complaintRegion(),
                held.clearances(),
                held.noPointsReason());
    }

    /** A draft treating one point with compression, stretch and heat, and a second point of the client's. */
    record Draft(UUID note, int version, UUID spare) {}

    private static Draft draft() {
        return unit.inTransaction(em -> {
            Client client = Client.register(ClientFixtures.named("Ada", "Lovelace", Set.of()), NOW, ZoneOffset.UTC);
            em.persist(client);
            TriggerPoint point = point(em, client, "UPPER_TRAPEZIUS");
            TriggerPoint spare = point(em, client, "LEVATOR_SCAPULAE");
            TreatmentNote note = TreatmentNote.open(client, THERAPIST, NOW, NOW);
            note.record(
                    THERAPIST,
                    SessionBuilder.session(
                                    "Neck",
                                    6,
                                    List.of(new TreatedPoint(
                                            point,
                                            250.0,
                                            300.0,
                                            null,
                                            List.of(
                                                    new CompressionEpisode(
                                                            3, null, 60, 2, 2, ReleaseReason.TISSUE_RELEASED),
                                                    new StretchEpisode("Slow stretch", 30, 2, true, false),
                                                    new HeatEpisode(HeatModality.HEAT_PACK, 8, true)))),
                                    "Tender",
                                    "Weekly",
                                    3,
                                    Map.of())
                            .build(),
                    // The practice's own limit, as the service's saves apply it: the same session, the same findings.
                    new ProtocolPolicy(PracticeSettingsService.current(em).compressionDiscomfortThreshold(), Set.of()),
                    NOW);
            em.persist(note);
            em.flush();
            return new Draft(note.id(), note.version(), spare.id());
        });
    }

    private static TriggerPoint point(EntityManager em, Client client, String muscle) {
        TriggerPoint point = TriggerPoint.chart(
                client,
                em.find(Muscle.class, muscle),
                Side.RIGHT,
                new Placement(BodyView.POSTERIOR, 0.6, muscle.length() / 100.0),
                PointStatus.ACTIVE,
                THERAPIST,
                NOW);
        em.persist(point);
        return point;
    }

    record Saved(int version, List<String> audit) {}

    private static Saved save(UUID note, int expected, UnaryOperator<NoteInput> edit) {
        return unit.inTransaction(em -> {
            RecordedAudit audit = new RecordedAudit();
            int version = service(em, audit).save(note, expected, edit, TreatmentNote::version);
            return new Saved(version, audit.lines);
        });
    }

    private static List<String> amend(UUID note, String reason, String text) {
        return unit.inTransaction(em -> {
            RecordedAudit audit = new RecordedAudit();
            service(em, audit).amend(note, reason, text, TreatmentNote::version);
            return audit.lines;
        });
    }

    private static List<UUID> amendmentIds(UUID note) {
        return unit.inTransaction(em -> em.createQuery(
                        "select a.id from Amendment a where a.note.id = :note order by a.amendedAt", UUID.class)
                .setParameter("note", note)
                .getResultList());
    }

    private static int version(UUID note) {
        return unit.inTransaction(em -> em.find(TreatmentNote.class, note).version());
    }

    private static int clockTick;

    private static NoteService service(EntityManager em, AuditTrail audit) {
        // A minute after the last call: each save or amendment is later than the one before.
        Clock clock = Clock.fixed(NOW.plusSeconds(60L * ++clockTick), ZoneOffset.UTC);
        CurrentUser user = new CurrentUser();
        user.recognise(new SignedInUser(
                UUID.randomUUID(), SessionStep.SIGNED_IN, THERAPIST, "jo", "jo", Set.of(Role.THERAPIST)));
        return wired(new NoteService(), Map.of("em", em, "clock", clock, "currentUser", user, "audit", audit));
    }
}
