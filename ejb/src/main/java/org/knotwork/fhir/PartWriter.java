package org.knotwork.fhir;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one resource type's NDJSON into the database as gzip parts of bounded size: memory holds one part at most,
 * however large the practice. Each part is a whole gzip member, so the parts in order are one gzip stream. Each part
 * written beats the export's heartbeat; an export deleted meanwhile stops here.
 */
final class PartWriter implements AutoCloseable {

    /** A part is cut once this much compressed NDJSON has gathered (about 60 MB of JSON). */
    static final int PART_BYTES = 8 * 1024 * 1024;

    private final Connection connection;
    private final UUID exportId;
    private final String resourceType;
    private final Clock clock;
    private ByteArrayOutputStream buffer;
    private Writer writer;
    private int part;
    private int resources;
    private long bytes;
    private Instant lastBeat;

    PartWriter(Connection connection, UUID exportId, String resourceType, Clock clock) {
        this.connection = connection;
        this.exportId = exportId;
        this.resourceType = resourceType;
        this.clock = clock;
        this.lastBeat = clock.instant();
        open();
    }

    void accept(JsonObject resource) {
        try {
            String line = resource.toString();
            writer.write(line);
            writer.write('\n');
            resources++;
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (buffer.size() >= PART_BYTES) {
                cut();
            } else if (clock.instant().isAfter(lastBeat.plus(BulkExport.HEARTBEAT))) {
                beat();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write a part of the export", e);
        }
    }

    private void open() {
        try {
            buffer = new ByteArrayOutputStream(PART_BYTES + PART_BYTES / 4);
            writer = new OutputStreamWriter(new GZIPOutputStream(buffer, 64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cut() throws IOException, SQLException {
        writer.close();
        part++;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into bulk_export_parts (export_id, resource_type, part, resources, bytes, content)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, exportId);
            insert.setString(2, resourceType);
            insert.setInt(3, part);
            insert.setInt(4, resources);
            insert.setLong(5, bytes);
            insert.setBytes(6, buffer.toByteArray());
            insert.executeUpdate();
        }
        resources = 0;
        bytes = 0;
        beat();
        open();
    }

    private void beat() throws SQLException {
        lastBeat = clock.instant();
        try (PreparedStatement update = connection.prepareStatement(
                "update bulk_exports set heartbeat_at = ? where id = ? and status = 'RUNNING'")) {
            update.setTimestamp(1, Timestamp.from(lastBeat));
            update.setObject(2, exportId);
            if (update.executeUpdate() == 0) {
                throw new CancellationException("The export " + exportId + " was deleted while it ran.");
            }
        }
    }

    /** Writes what is left as the last part; a type with no resources still gets its (empty) part. */
    @Override
    public void close() {
        try {
            if (resources > 0 || part == 0) {
                cut();
            }
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the last part of the export", e);
        }
    }
}
