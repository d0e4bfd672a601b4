package org.knotwork.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.UUID;

/**
 * The request is well formed but the record's state does not allow it now, e.g. editing a signed note. When the
 * conflict is with other records (the open draft a new session would stand beside), {@link #records} names them, and
 * {@link #field} the field by which the caller can say it means to go ahead beside them.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final String field;
    private final List<UUID> records;

    public ConflictException(String message) {
        this(message, null, List.of());
    }

    public ConflictException(String message, String field, List<UUID> records) {
        super(message);
        this.field = field;
        this.records = List.copyOf(records);
    }

    /** The field that says the caller goes ahead beside {@link #records}; null when there is none. */
    public String field() {
        return field;
    }

    /** The records the request collides with, for a caller to offer them; empty when there are none to name. */
    public List<UUID> records() {
        return records;
    }
}
