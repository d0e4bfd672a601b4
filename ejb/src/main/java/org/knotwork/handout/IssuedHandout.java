package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.knotwork.audit.AuditedChange;

/**
 * A handout given to a client: who issued it, when, for which signed note, on which paper, in which print and language,
 * downloaded or e-mailed (to which address), and the PDF's SHA-256.
 */
@Entity
@Table(name = "handouts")
public class IssuedHandout {

    @Id
    private UUID id;

    @Column(name = "note_id")
    private UUID noteId;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private UUID issuedBy;

    @Enumerated(EnumType.STRING)
    private PaperSize paper;

    @JdbcTypeCode(SqlTypes.CHAR)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "print_size")
    private PrintSize printSize;

    private String language;

    @Enumerated(EnumType.STRING)
    private HandoutChannel channel;

    @Column(name = "sent_to")
    private String sentTo;

    /** The record's columns, as mapped above: {@code HandoutIssueRoundTripsTest} reads a written record back by them. */
    private static final String INSERT = "insert into handouts (id, note_id, client_id, issued_at, issued_by, paper,"
            + " sha256, print_size, language, channel, sent_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    protected IssuedHandout() {}

    /** {@code sentTo} is the address it was e-mailed to, or null when it was downloaded. */
    IssuedHandout(
            UUID noteId,
            UUID clientId,
            Instant issuedAt,
            UUID issuedBy,
            SheetFormat format,
            String sha256,
            String sentTo) {
        this.id = UUID.randomUUID();
        this.noteId = noteId;
        this.clientId = clientId;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.paper = format.paper();
        this.printSize = format.print();
        this.language = format.language().code();
        this.sha256 = sha256;
        this.channel = sentTo == null ? HandoutChannel.DOWNLOAD : HandoutChannel.EMAIL;
        this.sentTo = sentTo;
    }

    /**
     * The record written by the statement that also writes its audit line ({@code AuditTrail.recordWith}), where a
     * persisted entity took a statement of its own at commit: a handout is issued on every download, and the round
     * trip and Hibernate's flush of the entity were a measurable part of an issue (docs/performance.md, 2026-11-30
     * 14:12).
     */
    AuditedChange written() {
        return new AuditedChange() {
            @Override
            public String statement() {
                return INSERT;
            }

            @Override
            public int bind(PreparedStatement insert, int first) throws SQLException {
                int index = first;
                insert.setObject(index++, id);
                insert.setObject(index++, noteId);
                insert.setObject(index++, clientId);
                insert.setObject(index++, issuedAt.atOffset(ZoneOffset.UTC));
                insert.setObject(index++, issuedBy);
                insert.setString(index++, paper.name());
                insert.setString(index++, sha256);
                insert.setString(index++, printSize.name());
                insert.setString(index++, language);
                insert.setString(index++, channel.name());
                insert.setString(index++, sentTo);
                return index;
            }
        };
    }

    public UUID id() {
        return id;
    }

    public UUID noteId() {
        return noteId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public UUID issuedBy() {
        return issuedBy;
    }

    public PaperSize paper() {
        return paper;
    }

    public String sha256() {
        return sha256;
    }

    public HandoutChannel channel() {
        return channel;
    }

    public String sentTo() {
        return sentTo;
    }
}
