package org.knotwork.handout;

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
import org.hibernate.Session;
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
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.ProtocolPolicy;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.charting.SessionBuilder;
import org.knotwork.charting.StretchEpisode;
import org.knotwork.charting.TreatedPoint;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.testing.OnCountedUnit;

/**
 * Issuing a signed note's sheet costs the same few round trips to the database however much the note holds, counted
 * through {@link HandoutService} itself on a real PostgreSQL (its collaborators wired by hand, outside the container):
 * the statements Hibernate prepares (the reads the sheet is written from) and the audit line, whose one insert also
 * writes the issue record.
 */
class HandoutIssueRoundTripsTest extends OnCountedUnit {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID THERAPIST = UUID.randomUUID();
    static final List<String> MUSCLES = List.of("UPPER_TRAPEZIUS", "LEVATOR_SCAPULAE", "INFRASPINATUS", "RHOMBOIDS");

    /** The therapist who signs the notes, and the practice's phone: shared with {@link IssuedDateRegionTest}. */
    @BeforeAll
    static void therapist() {
        unit.database().insertUser(THERAPIST, "jo");
        setPhone("023 9200 0000");
    }

    @Test
    void anIssueReadsItsSheetInThreeQueriesAndWritesARecordAndAnAuditLine() {
        UUID note = signedNote(Set.of(Contraindication.ANTICOAGULANTS, Contraindication.IMPAIRED_SENSATION), 4);
        issue(note);
        assertThat(kept(note))
                .as("the first issue's snapshot and its texts of the four muscles, written although the session let go"
                        + " of what it read")
                .isEqualTo(List.of(1L, 4L));

        Issue again = issue(note);

        assertThat(again.statements())
                .as("the note's grounds (settings, preferences, snapshot and sites), the note with its episodes and"
                        + " their home plans, the kept texts with their stretches; the issue record is written by its"
                        + " audit line's statement")
                .isEqualTo(3);
        assertThat(again.heldAtCommit())
                .as("what the commit's flush visits: nothing, not the note, episodes, points, muscles, client,"
                        + " snapshot and kept texts the sheet was written from")
                .isZero();
        assertThat(again.audit()).hasSize(1).first().asString().startsWith("HANDOUT_ISSUED SUCCESS paper A4");
        assertThat(again.sheet().preview()).isFalse();
    }

    @Test
    void anIssueTakesTheSameRoundTripsForOnePointAsForFour() {
        UUID small = signedNote(Set.of(), 1);
        UUID large = signedNote(Set.of(Contraindication.ANTICOAGULANTS), 4);
        issue(small);
        issue(large);

        assertThat(issue(large).statements()).isEqualTo(issue(small).statements());
    }

    @Test
    void theSheetsHashIsOfTheBytesSentAndRecorded() {
        UUID note = signedNote(Set.of(), 2);

        Issue issued = issue(note);

        String recorded = unit.inTransaction(
                em -> em.createQuery("select h.sha256 from IssuedHandout h where h.noteId = :note", String.class)
                        .setParameter("note", note)
                        .getSingleResult());
        assertThat(issued.sheet().sha256())
                .isEqualTo(recorded)
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(HandoutRenderer.sha256(issued.sheet().pdf())));
    }

    @Test
    void theIssueRecordWrittenWithItsAuditLineReadsBackAsMapped() {
        UUID note = signedNote(Set.of(), 1);

        Issue issued = issue(note);

        Object[] record = unit.inTransaction(em -> em.createQuery(
                        "select h.issuedAt, h.issuedBy, h.paper, h.printSize, h.language, h.channel, h.sentTo, h.sha256"
                                + " from IssuedHandout h where h.noteId = :note",
                        Object[].class)
                .setParameter("note", note)
                .getSingleResult());
        assertThat(record)
                .containsExactly(
                        NOW,
                        THERAPIST,
                        PaperSize.A4,
                        PrintSize.STANDARD,
                        "en",
                        HandoutChannel.DOWNLOAD,
                        null,
                        issued.sheet().sha256());
    }

    @Test
    void withoutAPracticePhoneNoSheetIsGivenAndAnUnknownNoteIsNotFound() {
        UUID note = signedNote(Set.of(), 1);
        setPhone(null);
        try {
            assertThatThrownBy(() -> issue(note))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("no contact phone");
            assertThatThrownBy(() -> issue(UUID.randomUUID()))
                    .as("the phone is asked first, as before a note is looked for")
                    .isInstanceOf(ConflictException.class);
        } finally {
            setPhone("023 9200 0000");
        }
        UUID nowhere = UUID.randomUUID();
        assertThatThrownBy(() -> issue(nowhere))
                .isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining(nowhere.toString());
        assertThat(issue(note).audit()).hasSize(1);
    }

    /** The note's snapshots and kept self-care texts, as rows in the database. */
    private static List<Long> kept(UUID note) {
        return unit.inTransaction(em -> List.of(
                em.createQuery("select count(s) from HandoutSnapshot s where s.noteId = :note", Long.class)
                        .setParameter("note", note)
                        .getSingleResult(),
                em.createQuery("select count(t) from SnapshotSelfCare t where t.noteId = :note", Long.class)
                        .setParameter("note", note)
                        .getSingleResult()));
    }

    /** Straight in the table: the settings refuse to lose their phone, and this is a practice that never had one. */
    private static void setPhone(String phone) {
        unit.inTransaction(em -> (phone == null
                        ? em.createNativeQuery("update practice_settings set contact_phone = null")
                        : em.createNativeQuery("update practice_settings set contact_phone = ?1")
                                .setParameter(1, phone))
                .executeUpdate());
    }

    /** One issue in a transaction of its own: the statements Hibernate prepared for it, and its audit lines. */
    static Issue issue(UUID noteId) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            RecordedAudit audit = new RecordedAudit(em);
            HandoutService service = service(em, audit);
            unit.statistics().clear();
            HandoutPdf sheet = service.handout(noteId, PaperSize.A4, null, null);
            int held = em.unwrap(Session.class).getStatistics().getEntityCount();
            em.flush();
            long statements = unit.statistics().getPrepareStatementCount();
            em.getTransaction().commit();
            return new Issue(statements, held, audit.lines, sheet);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** {@code heldAtCommit}: the entities in the session when the service returns, which the commit's flush visits. */
    record Issue(long statements, int heldAtCommit, List<String> audit, HandoutPdf sheet) {}

    private static HandoutService service(EntityManager em, AuditTrail audit) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CurrentUser user = new CurrentUser();
        user.recognise(new SignedInUser(
                UUID.randomUUID(), SessionStep.SIGNED_IN, THERAPIST, "jo", "jo", Set.of(Role.THERAPIST)));
        PracticeSettingsService practice = wired(new PracticeSettingsService(), Map.of("em", em, "audit", audit));
        return wired(
                new HandoutService(),
                Map.of("em", em, "clock", clock, "currentUser", user, "audit", audit, "practice", practice));
    }

    /** A signed note treating {@code count} points, each with compression, stretch and heat. */
    static UUID signedNote(Set<Contraindication> contraindications, int count) {
        return unit.inTransaction(em -> {
            Client client =
                    Client.register(ClientFixtures.named("Ada", "Lovelace", contraindications), NOW, ZoneOffset.UTC);
            em.persist(client);
            List<TreatedPoint> treated = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TriggerPoint point = TriggerPoint.chart(
                        client,
                        em.find(Muscle.class, MUSCLES.get(i % MUSCLES.size())),
                        Side.RIGHT,
                        new Placement(BodyView.POSTERIOR, 0.6, 0.2 + i * 0.01),
                        PointStatus.ACTIVE,
                        THERAPIST,
                        NOW);
                em.persist(point);
                treated.add(new TreatedPoint(
                        point,
                        250.0,
                        300.0,
                        null,
                        List.of(
                                new CompressionEpisode(3, null, 60, 2, 2, ReleaseReason.TISSUE_RELEASED),
                                new StretchEpisode("Slow stretch", 30, 2, true, false),
                                new HeatEpisode(HeatModality.HEAT_PACK, 8, true))));
            }
            TreatmentNote note = TreatmentNote.open(client, THERAPIST, NOW, NOW);
            note.record(
                    THERAPIST,
                    SessionBuilder.session("Neck", 6, treated, "Tender", "Weekly", 3, Map.of())
                            .build(),
                    new ProtocolPolicy(3, Set.of()),
                    NOW);
            em.persist(note);
            note.sign(THERAPIST, NOW);
            return note.id();
        });
    }
}
