package org.knotwork.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.knotwork.audit.WaitingAuditLines.Column;

/**
 * A look at data recorded by the statement that reads the data, for a read whose every round trip counts (the owners'
 * dashboard): {@link #around} makes the read also insert the line into {@code audit_pending}, in the same statement and
 * so the same transaction and round trip, with its detail ending in a figure the read computed, and only where the
 * caller's guard holds, so a refused read leaves no line saying it happened. Made by {@link
 * AuditTrail#lookRecordedBy}. The caller says when it sends the statement ({@link #sending}), reads the read's answer
 * with {@link #recorded}, which notes the line as the statement wrote it, figure included, and then hands this to
 * {@link AuditTrail#sent} whatever happened next: from then on the line is watched like any other, and written again
 * as failed, with its figure, if the transaction rolls back ({@link RolledBackLines}). A look sent whose answer was
 * never read (the statement, or one sent with it, failed) is owed a line all the same: it is written as failed, its
 * figure unknown, so an attempt never leaves no line.
 */
public final class AuditedRead {

    private final AuditLine line;
    private final String detailEnd;
    private final boolean relaxingCommit;
    private AuditLine owed;
    private boolean recorded;

    AuditedRead(AuditLine line, String detailEnd, boolean relaxingCommit) {
        this.line = line;
        this.detailEnd = detailEnd;
        this.relaxingCommit = relaxingCommit;
    }

    /**
     * The statement {@code read} (one select, its values named {@code :name}) that also inserts the line where {@code
     * guard} (a condition, its values named the same way) holds; the line's detail ends with the read's column {@code
     * figure} and the detail's end given to {@link AuditTrail#lookRecordedBy}. It answers the read's rows and columns,
     * {@code audited}: whether it inserted the line, and {@code audited_detail}: the detail it wrote, if it did. The
     * line's own values are named {@code :audit_...}: {@link #values}.
     */
    public String around(String read, String figure, String guard) {
        String values = Column.IN_ORDER.stream()
                .map(column -> column == Column.DETAIL ? detail(figure) : column.cast(":audit_" + column.column()))
                .collect(Collectors.joining(", "));
        return "with figures as materialized (\n" + read + "\n),\n"
                + (relaxingCommit ? WaitingAuditLines.RELAX + ",\n" : "")
                + "line as (insert into audit_pending (" + WaitingAuditLines.COLUMNS + ") select " + values
                + " from figures" + (relaxingCommit ? " left join relax on true" : "")
                // One line for one look, whatever number of rows the read answers.
                + " where " + guard + " limit 1 returning detail)\n"
                + "select figures.*, exists (select 1 from line) as audited, (select detail from line) as audited_detail"
                + " from figures";
    }

    /** The line's detail: the given one, the figure ('?' when the read has none) and the end, clipped as stored. */
    private static String detail(String figure) {
        return "left(cast(:audit_detail as varchar) || coalesce(cast(figures." + figure + " as varchar), '?')"
                + " || cast(:audit_detail_end as varchar), " + AuditEvent.DETAIL_LENGTH + ")";
    }

    /** The values the line's part of {@link #around} names. */
    public Map<String, Object> values() {
        AuditEvent clipped = line.storable();
        Map<String, Object> values = new HashMap<>();
        for (Column column : Column.IN_ORDER) {
            values.put("audit_" + column.column(), column.of(clipped));
        }
        values.put("audit_detail_end", detailEnd);
        return values;
    }

    /**
     * The statement goes to the database now: until its answer is read ({@link #recorded}) or the caller finds that
     * its guard did not hold ({@link #guardDidNotHold}), a line is owed, its figure unknown.
     */
    public void sending() {
        owed = line.endingIn(line.outcome(), line.detail() + "?" + detailEnd);
        recorded = false;
    }

    /**
     * Whether the read's statement inserted the line, from a row it answered; if it did, the line as written (its
     * figure in its detail) is what a rollback writes again as failed. If it did not, a look sent is still owed its
     * line: the figures it read are not to be answered.
     */
    public boolean recorded(ResultSet row) throws SQLException {
        if (!row.getBoolean("audited")) {
            return false;
        }
        owed = line.endingIn(line.outcome(), row.getString("audited_detail"));
        recorded = true;
        return true;
    }

    /**
     * The caller found, in a row of the same snapshot as the statement's, that the guard did not hold: the statement
     * wrote no line and none is owed, as a refused read leaves none.
     */
    public void guardDidNotHold() {
        owed = null;
        recorded = false;
    }

    /**
     * The line the trail is owed: as the statement wrote it; or, sent but its answer never read, with its figure
     * unknown; null when nothing was sent or the guard did not hold.
     */
    AuditLine owed() {
        return owed;
    }

    /** Whether the statement's line let the transaction commit without waiting for the disk. */
    boolean relaxedTheCommit() {
        return relaxingCommit && recorded;
    }
}
