package org.knotwork.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the audit trail: who did what to which record, when, from where, and how it ended. Never changed after
 * it is written; {@link #hash()} covers its content and the previous line's hash, see {@link AuditChain}.
 */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

    static final int ACTOR_NAME_LENGTH = 100;
    static final int RECORD_TYPE_LENGTH = 40;
    static final int RECORD_ID_LENGTH = 100;
    static final int ADDRESS_LENGTH = 64;
    static final int DETAIL_LENGTH = 500;

    @Id
    private long id;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditAction action;

    @Column(name = "record_type", updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private String recordId;

    @Column(name = "client_id", updatable = false)
    private UUID clientId;

    @Column(updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditOutcome outcome;

    @Column(updatable = false)
    private String detail;

    @Column(name = "prev_hash", updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String prevHash;

    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String hash;

    protected AuditEvent() {}

    /**
     * The next line of the trail, following the line whose hash is {@code prevHash}. Text is cut to the columns'
     * lengths and the time to the microsecond first, so the hash covers exactly what the database keeps.
     */
    static AuditEvent following(
            String prevHash,
            long id,
            Instant occurredAt,
            AuditOrigin origin,
            AuditAction action,
            String recordType,
            String recordId,
            UUID clientId,
            AuditOutcome outcome,
            String detail) {
        AuditEvent event = storable(occurredAt, origin, action, recordType, recordId, clientId, outcome, detail);
        event.id = id;
        event.prevHash = prevHash;
        event.hash = AuditChain.hash(event);
        return event;
    }

    /**
     * The line's content as the database keeps it, not yet chained (no id, no hashes): what a request writes to the
     * waiting lines, where hashing it would be work thrown away.
     */
    static AuditEvent storable(
            Instant occurredAt,
            AuditOrigin origin,
            AuditAction action,
            String recordType,
            String recordId,
            UUID clientId,
            AuditOutcome outcome,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = AuditChain.storable(occurredAt);
        event.actorId = origin.actorId();
        event.actorName = clip(origin.actorName(), ACTOR_NAME_LENGTH);
        event.action = action;
        event.recordType = clip(recordType, RECORD_TYPE_LENGTH);
        event.recordId = clip(recordId, RECORD_ID_LENGTH);
        event.clientId = clientId;
        event.address = clip(origin.address(), ADDRESS_LENGTH);
        event.outcome = outcome;
        event.detail = clip(detail, DETAIL_LENGTH);
        return event;
    }

    /** Whether the stored hash still matches the content: false once anyone changed the row. */
    boolean contentMatchesHash() {
        return AuditChain.hash(this).equals(hash);
    }

    private static String clip(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        // Never split a surrogate pair: half a character is not valid text for the database.
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    public long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The signed-in user, or {@code null} when nobody was (a failed sign-in, a start-up task). */
    public UUID actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public AuditAction action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public UUID clientId() {
        return clientId;
    }

    public String address() {
        return address;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
