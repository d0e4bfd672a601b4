package org.knotwork.handout;

import jakarta.ejb.ApplicationException;

/**
 * The mail server did not take the sheet (it refused the address, or could not be reached): nothing was recorded as
 * sent. The message says what happened in words a therapist can act on.
 */
@ApplicationException(rollback = true)
public class HandoutNotSentException extends RuntimeException {

    public HandoutNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
