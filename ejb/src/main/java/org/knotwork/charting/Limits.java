package org.knotwork.charting;

/**
 * The row limit of a chart read, written into the query as a literal. As a parameter ({@code setMaxResults}) it
 * leaves PostgreSQL unable to cost a generic plan (it assumes a tenth of the rows), so it plans the statement afresh
 * at every call, which cost more than running it. The limits are the application's own constants, never a caller's
 * text.
 */
final class Limits {

    private Limits() {}

    static String literal(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("A limit of at least one row, not " + rows);
        }
        return " limit " + rows;
    }
}
