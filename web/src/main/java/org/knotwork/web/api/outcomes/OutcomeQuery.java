package org.knotwork.web.api.outcomes;

import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.knotwork.bodymap.Region;
import org.knotwork.outcomes.OutcomeFilter;
import org.knotwork.platform.RuleViolationException;

/**
 * The period and filters of an outcomes request. {@code from} and {@code to} are days in the clinic's time zone; the
 * period runs from the start of {@code from} up to, not including, {@code to} (a year is 2025-01-01 to 2026-01-01).
 * Plain strings, parsed here, so that a mistyped value gets a 400 that names the parameter.
 */
public class OutcomeQuery {

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("therapist")
    public String therapist;

    @QueryParam("muscle")
    public String muscle;

    @QueryParam("complaint")
    public String complaint;

    OutcomeFilter filter(ZoneId zone) {
        LocalDate start = day("from", from);
        LocalDate end = day("to", to);
        return new OutcomeFilter(
                start.atStartOfDay(zone).toInstant(),
                end.atStartOfDay(zone).toInstant(),
                therapistId(),
                given("muscle", muscle),
                region());
    }

    /** How the CSV file is named: the period it covers. */
    String fileName() {
        return "outcomes-" + from.strip() + "-to-" + to.strip() + ".csv";
    }

    /** Four-digit years only: +999999999-01-01 is a day Java reads but no database stores. */
    private static LocalDate day(String field, String text) {
        if (blank(text)
                || !text.strip().matches("\\d{4}-\\d{2}-\\d{2}")
                || text.strip().startsWith("0000")) {
            throw new RuleViolationException(field, "Give " + field + " as a day, for example 2026-01-01.");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new RuleViolationException(field, "Give " + field + " as a day, for example 2026-01-01.");
        }
    }

    private UUID therapistId() {
        if (given("therapist", therapist) == null) {
            return null;
        }
        try {
            return UUID.fromString(therapist);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("therapist", "Name the therapist by their user id.");
        }
    }

    private Region region() {
        if (given("complaint", complaint) == null) {
            return null;
        }
        try {
            return Region.valueOf(complaint);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "complaint", "A complaint is filed under one of " + Arrays.toString(Region.values()) + ".");
        }
    }

    /**
     * A filter left out is no filter; one given is a code exactly as listed (as in a body), never an empty value or
     * another case of it.
     */
    private static String given(String field, String text) {
        if (text != null && text.isBlank()) {
            throw new RuleViolationException(field, "Give a " + field + " or leave the parameter out; it is empty.");
        }
        return text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
