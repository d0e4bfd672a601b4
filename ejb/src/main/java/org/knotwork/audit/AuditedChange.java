package org.knotwork.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A change written by the very statement that inserts the line recording it ({@link AuditTrail#recordWith}): one round
 * trip where the change and its line took two, for a change made on every request of a busy endpoint (an issued
 * handout's record). The change runs as a common table expression before the line's insert, in the caller's
 * transaction, so it and its line commit or fail together.
 */
public interface AuditedChange {

    /** One insert, update or delete, its values as {@code ?} placeholders; no {@code returning} is needed. */
    String statement();

    /** Binds the statement's values from parameter {@code first} on, and answers the next free parameter. */
    int bind(PreparedStatement statement, int first) throws SQLException;
}
