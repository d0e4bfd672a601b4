package org.knotwork.web.api.audit;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.knotwork.audit.AuditReportOrder;
import org.knotwork.platform.RuleViolationException;

/**
 * The period and order of an audit report. {@code from} and {@code to} are required, as days in the clinic's time
 * zone (both included) or moments; {@code sort} is time (the default), user, action, client or outcome.
 */
public class AuditReportQuery {

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("sort")
    public String sort;

    Instant start(ZoneId zone) {
        return required("from", AuditQuery.moment("from", from, zone, false));
    }

    Instant end(ZoneId zone) {
        return required("to", AuditQuery.moment("to", to, zone, true));
    }

    AuditReportOrder order() {
        if (sort == null || sort.isBlank()) {
            return AuditReportOrder.TIME;
        }
        return Arrays.stream(AuditReportOrder.values())
                .filter(order -> order.name().equalsIgnoreCase(sort.strip()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "sort", "Sort the report by time, user, action, client or outcome."));
    }

    String fileName() {
        return "audit-" + from.strip().replaceAll("[^0-9A-Za-z-]", "") + "-to-"
                + to.strip().replaceAll("[^0-9A-Za-z-]", "") + ".csv";
    }

    private static Instant required(String field, Instant moment) {
        if (moment == null) {
            throw new RuleViolationException(field, "Give " + field + " as a day (2026-05-01) or a moment.");
        }
        return moment;
    }
}
