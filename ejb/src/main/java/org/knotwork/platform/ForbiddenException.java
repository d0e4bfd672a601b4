package org.knotwork.platform;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but their role, or the practice's rules, do not let them do this. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
