package org.knotwork.fhir;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A practice-wide FHIR export asked for by an owner. Its state is a row, not a server's memory: any instance answers
 * its status and serves its files. A running export beats its heart; one whose heart stopped has lost its server.
 */
@Entity
@Table(name = "bulk_exports")
public class BulkExport {

    /** A running export writes a part at least this often; silence twice as long means its server went away. */
    static final Duration HEARTBEAT = Duration.ofMinutes(1);

    static final Duration SILENCE = HEARTBEAT.multipliedBy(3);

    @Id
    private UUID id;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "base_url")
    private String baseUrl;

    @Enumerated(EnumType.STRING)
    private BulkExportStatus status;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String error;

    protected BulkExport() {}

    static BulkExport request(UUID by, String baseUrl, Instant now) {
        BulkExport export = new BulkExport();
        export.id = UUID.randomUUID();
        export.requestedBy = by;
        export.requestedAt = now;
        export.baseUrl = baseUrl;
        export.status = BulkExportStatus.QUEUED;
        export.heartbeatAt = now;
        return export;
    }

    /** Marks an export whose server stopped beating as failed; true when it did. */
    boolean failIfAbandoned(Instant now) {
        boolean open = status == BulkExportStatus.QUEUED || status == BulkExportStatus.RUNNING;
        if (open && heartbeatAt.plus(SILENCE).isBefore(now)) {
            status = BulkExportStatus.FAILED;
            finishedAt = now;
            error = "The server running this export stopped before it finished; start a new export.";
            return true;
        }
        return false;
    }

    public UUID id() {
        return id;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public BulkExportStatus status() {
        return status;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String error() {
        return error;
    }
}
