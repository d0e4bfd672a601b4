package org.knotwork.platform;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the record after the caller read it. Saving anyway would silently throw away their change, so
 * the caller must reload and apply theirs again.
 */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, long expectedVersion, long currentVersion) {
        super(what + " was changed by someone else after you opened it (you had version " + expectedVersion
                + ", it is now at version " + currentVersion + "). Reload it and apply your change again.");
    }

    /** For a record whose version means nothing to a person: {@code now} says what it is now instead. */
    public StaleVersionException(String what, String now) {
        super(what + " was changed by someone else after you opened it (" + now
                + "). Reload it and apply your change again.");
    }

    public StaleVersionException(String what) {
        super(what + " was changed by someone else at the same moment. Reload it and apply your change again.");
    }
}
