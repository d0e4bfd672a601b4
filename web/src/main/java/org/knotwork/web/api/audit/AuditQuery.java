package org.knotwork.web.api.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.knotwork.platform.Page;
import org.knotwork.platform.RuleViolationException;

/**
 * The query of the audit list. A period's ends are days in the clinic's time zone ({@code 2026-05-01}: the whole day
 * counts) or exact moments ({@code 2026-05-01T09:30:00Z}). Fields, not method parameters: Payara's OpenAPI scanner
 * fails on constraints that sit on a resource method's query parameters.
 */
public class AuditQuery {

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("actor")
    public UUID actor;

    @QueryParam("client")
    public UUID client;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "Page starts at 0.")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "Page size is at least 1.")
    @Max(value = Page.MAX_SIZE, message = "Page size is at most 100.")
    public int size;

    /** The first moment of the period, or {@code null} for no lower bound. */
    Instant start(ZoneId zone) {
        return moment("from", from, zone, false);
    }

    /** The first moment after the period, or {@code null} for no upper bound. A day as the end includes that day. */
    Instant end(ZoneId zone) {
        return moment("to", to, zone, true);
    }

    static Instant moment(String field, String text, ZoneId zone, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            // Four-digit years only: +999999999-01-01 is a day Java reads but no database stores.
            if (value.matches("\\d{4}-\\d{2}-\\d{2}") && !value.startsWith("0000")) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*") && !value.startsWith("0000")) {
                return OffsetDateTime.parse(value).toInstant();
            }
        } catch (DateTimeException e) {
            // falls through to the refusal
        }
        throw new RuleViolationException(
                field, "Give " + field + " as a day (2026-05-01) or a moment (2026-05-01T09:30:00Z).");
    }
}
