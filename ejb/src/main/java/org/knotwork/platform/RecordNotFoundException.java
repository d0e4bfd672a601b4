package org.knotwork.platform;

import jakarta.ejb.ApplicationException;

/** A request named a record that does not exist (or that the caller may not know exists). */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String message) {
        super(message);
    }
}
