package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00.123456Z");
    static final UUID JO = UUID.fromString("0f8b7c9e-1d2a-4b3c-8d4e-5f6a7b8c9d0e");
    static final UUID CLIENT = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    static final String PREVIOUS = "ab".repeat(32);

    /** The fields of one line, so a test can change exactly one of them. */
    record Line(
            String prevHash,
            long id,
            Instant at,
            UUID actorId,
            String actorName,
            String address,
            AuditAction action,
            String recordType,
            String recordId,
            UUID clientId,
            AuditOutcome outcome,
            String detail) {

        static Line sample() {
            return new Line(
                    PREVIOUS,
                    7,
                    NOW,
                    JO,
                    "jo",
                    "192.0.2.10",
                    AuditAction.READ,
                    "client",
                    CLIENT.toString(),
                    CLIENT,
                    AuditOutcome.SUCCESS,
                    "Opened the chart");
        }

        AuditEvent event() {
            AuditOrigin origin = new AuditOrigin();
            origin.setActorId(actorId);
            origin.setActorName(actorName);
            origin.setAddress(address);
            return AuditEvent.following(
                    prevHash, id, at, origin, action, recordType, recordId, clientId, outcome, detail);
        }

        String hash() {
            return event().hash();
        }

        /** This line with one field, named as in the record, set to {@code value}. */
        Line with(String field, Object value) {
            return new Line(
                    field.equals("prevHash") ? (String) value : prevHash,
                    field.equals("id") ? (Long) value : id,
                    field.equals("at") ? (Instant) value : at,
                    field.equals("actorId") ? (UUID) value : actorId,
                    field.equals("actorName") ? (String) value : actorName,
                    field.equals("address") ? (String) value : address,
                    field.equals("action") ? (AuditAction) value : action,
                    field.equals("recordType") ? (String) value : recordType,
                    field.equals("recordId") ? (String) value : recordId,
                    field.equals("clientId") ? (UUID) value : clientId,
                    field.equals("outcome") ? (AuditOutcome) value : outcome,
                    field.equals("detail") ? (String) value : detail);
        }
    }

    @Test
    void sameContentGivesTheSameHash() {
        assertThat(Line.sample().hash()).isEqualTo(Line.sample().hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        Line l = Line.sample();
        List<Line> changed = List.of(
                l.with("prevHash", "cd".repeat(32)),
                l.with("id", 8L),
                l.with("at", NOW.plusNanos(1_000)),
                l.with("actorId", UUID.randomUUID()),
                l.with("actorId", null),
                l.with("actorName", "sam"),
                l.with("address", "192.0.2.11"),
                l.with("action", AuditAction.UPDATE),
                l.with("recordType", "note"),
                l.with("recordId", UUID.randomUUID().toString()),
                l.with("clientId", UUID.randomUUID()),
                l.with("outcome", AuditOutcome.DENIED),
                l.with("detail", "Opened the chart."));

        assertThat(changed).allSatisfy(line -> assertThat(line.hash()).isNotEqualTo(l.hash()));
    }

    @Test
    void contentCannotImitateAFieldBoundary() {
        Line l = Line.sample();
        Line abC = l.with("recordType", "ab").with("recordId", "c");
        Line aBc = l.with("recordType", "a").with("recordId", "bc");

        assertThat(abC.hash()).isNotEqualTo(aBc.hash());
    }

    @Test
    void missingTextIsNotTheSameAsEmptyText() {
        Line l = Line.sample();

        assertThat(l.with("detail", null).hash())
                .isNotEqualTo(l.with("detail", "").hash());
    }

    @Test
    void timeIsKeptAndHashedToTheMicrosecondTheDatabaseStores() {
        Line withNanos = Line.sample().with("at", NOW.plusNanos(999));

        assertThat(withNanos.event().occurredAt()).isEqualTo(NOW);
        assertThat(withNanos.hash()).isEqualTo(Line.sample().hash());
    }

    @Test
    void overlongTextIsCutToItsColumnBeforeHashing() {
        AuditEvent event = Line.sample().with("detail", "x".repeat(600)).event();

        assertThat(event.detail()).hasSize(500);
        assertThat(event.contentMatchesHash()).isTrue();
    }

    @Test
    void anEditedLineNoLongerMatchesItsHash() throws ReflectiveOperationException {
        AuditEvent event = Line.sample().event();
        var detail = AuditEvent.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(event, "Nothing to see");

        assertThat(event.contentMatchesHash()).isFalse();
    }

    @Test
    void withoutASignedInUserTheActorIsAnonymousFromAnUnknownAddress() {
        AuditOrigin nobody = new AuditOrigin();

        assertThat(nobody.actorId()).isNull();
        assertThat(nobody.actorName()).isEqualTo("anonymous");
        assertThat(nobody.address()).isEqualTo("unknown");
    }
}
