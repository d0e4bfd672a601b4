package org.knotwork.web.api.audit;

import java.util.regex.Pattern;
import org.knotwork.audit.AuditCheckpoint;
import org.knotwork.platform.RuleViolationException;

/** Where a verification starts: a checkpoint the caller kept, given as its line and hash, both or neither. */
final class CheckpointQuery {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private CheckpointQuery() {}

    static AuditCheckpoint start(Long fromLine, String hash) {
        if (fromLine == null && (hash == null || hash.isBlank())) {
            return null;
        }
        if (fromLine == null || fromLine < 1) {
            throw new RuleViolationException("fromLine", "Give the checkpoint's line number (fromLine) with its hash.");
        }
        if (hash == null || !HASH.matcher(hash.strip()).matches()) {
            throw new RuleViolationException(
                    "hash", "Give the checkpoint's hash: 64 hexadecimal digits, as the checkpoint shows it.");
        }
        return new AuditCheckpoint(null, null, fromLine, hash.strip());
    }
}
