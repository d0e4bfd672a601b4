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
