package org.knotwork.platform;

import jakarta.ejb.ApplicationException;

/** The request is well formed but the record's state does not allow it now, e.g. editing a signed note. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
