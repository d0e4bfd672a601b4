package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A handout given to a client: who issued it, when, for which signed note, on which paper, and the PDF's SHA-256. */
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

    protected IssuedHandout() {}

    IssuedHandout(UUID noteId, UUID clientId, Instant issuedAt, UUID issuedBy, PaperSize paper, String sha256) {
        this.id = UUID.randomUUID();
        this.noteId = noteId;
        this.clientId = clientId;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.paper = paper;
        this.sha256 = sha256;
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
}
