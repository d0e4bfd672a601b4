package org.knotwork.audit;

/** How an audit report sorts its lines; each order ends with time and line, so equal keys keep their sequence. */
public enum AuditReportOrder {
    TIME("e.occurredAt, e.id"),
    USER("e.actorName, e.occurredAt, e.id"),
    ACTION("e.action, e.occurredAt, e.id"),
    CLIENT("e.clientId nulls last, e.occurredAt, e.id"),
    OUTCOME("e.outcome, e.occurredAt, e.id");

    private final String orderBy;

    AuditReportOrder(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
