package org.knotwork.platform;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * The caller is signed in but their role, or the practice's rules, do not let them do this. It names the record and
 * the client it concerns where there is one, so the refusal is on the audit trail against them.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    private final String recordType;
    private final String recordId;
    private final UUID clientId;

    public ForbiddenException(String message) {
        this(message, null, null, null);
    }

    public ForbiddenException(String message, String recordType, Object recordId, UUID clientId) {
        super(message);
        this.recordType = recordType;
        this.recordId = recordId == null ? null : recordId.toString();
        this.clientId = clientId;
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
}
