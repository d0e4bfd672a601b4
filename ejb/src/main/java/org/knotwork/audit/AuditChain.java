package org.knotwork.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains audit rows: SHA-256 over the row's content and the previous row's hash. Each field is written
 * as its length in bytes and then its UTF-8 bytes (a null as length -1), so no content can imitate a field boundary:
 * ("ab", "c") and ("a", "bc") hash differently, and so do null and "".
 */
final class AuditChain {

    /** The previous hash of the first row. */
    static final String GENESIS = "0".repeat(64);

    /** Names the serialisation, so a future format can never produce a hash that matches this one by accident. */
    private static final String FORMAT = "knotwork-audit-1";

    private AuditChain() {}

    static String hash(AuditEvent event) {
        return HexFormat.of().formatHex(sha256(canonical(event)));
    }

    static byte[] canonical(AuditEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, FORMAT);
            field(out, String.valueOf(event.id()));
            field(out, String.valueOf(epochMicros(event.occurredAt())));
            field(out, event.actorId());
            field(out, event.actorName());
            field(out, event.action());
            field(out, event.recordType());
            field(out, event.recordId());
            field(out, event.clientId());
            field(out, event.address());
            field(out, event.outcome());
            field(out, event.detail());
            field(out, event.prevHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** PostgreSQL keeps timestamps to the microsecond; the hash must cover what is stored, not what was meant. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static long epochMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static void field(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
