package org.knotwork.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two hand-written statements behind the figures, with their values in placeholder order: {@code outcomes.sql}
 * over the outcome facts, for any filter and time zone, and {@code outcomes-by-month.sql} over the summaries of V11,
 * for the unfiltered dashboard of a clinic whose months are UTC months. Both give the same figures (checked by
 * {@code PracticeOutcomesTest}); the benchmark runs them directly in psql.
 */
final class OutcomeStatements {

    private static final String FACTS = load("outcomes.sql");
    private static final String BY_MONTH = load("outcomes-by-month.sql");
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-z]+)");
    private static final Map<String, String> CONDITIONS = Map.ofEntries(
            Map.entry("therapist", "and s.therapist_id = :therapist"),
            Map.entry("complaint", "and s.complaint_region = :complaint"),
            Map.entry(
                    "muscle",
                    "and exists (select 1 from outcome_treatments m where m.note_id = s.note_id"
                            + " and m.muscle_code = :muscle)"),
            Map.entry("treated by", "and t.therapist_id = :therapist"),
            Map.entry("treated complaint", "and t.complaint_region = :complaint"),
            Map.entry("treated muscle", "and t.muscle_code = :muscle"),
            Map.entry("changed by", "and c.changed_by = :therapist"),
            Map.entry("changed muscle", "and c.muscle_code = :muscle"),
            Map.entry(
                    "changed complaint",
                    "and c.trigger_point_id in (select t.trigger_point_id from outcome_treatments t"
                            + " where t.session_at >= :from and t.session_at < :to"
                            + " and t.complaint_region = :complaint)"));

    private OutcomeStatements() {}

    /** Whether the summaries answer: they are kept per client, point and therapist, by UTC month. */
    static boolean summarised(OutcomeFilter filter, ZoneId zone) {
        boolean utcMonths = zone.getRules().isFixedOffset()
                && zone.getRules().getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
        return utcMonths
                && filter.therapistId() == null
                && filter.muscleCode() == null
                && filter.complaintRegion() == null;
    }

    /**
     * The summary statement: its whole UTC months run from the first month start at or after the period's start
     * ({@code lo}) to the last at or before its end ({@code hi}); a period holding no whole month is read from the
     * facts entirely ({@code lo = hi = to}).
     */
    static String byMonth(OutcomeFilter filter, List<Object> values) {
        Instant lo = monthStartAtOrAfter(filter.from());
        Instant hi = monthStartAtOrBefore(filter.to());
        if (!lo.isBefore(hi)) {
            lo = filter.to();
            hi = filter.to();
        }
        Map<String, Object> named = new HashMap<>();
        named.put("from", filter.from().atOffset(ZoneOffset.UTC));
        named.put("to", filter.to().atOffset(ZoneOffset.UTC));
        named.put("lo", lo.atOffset(ZoneOffset.UTC));
        named.put("hi", hi.atOffset(ZoneOffset.UTC));
        return positional(BY_MONTH, named, values);
    }

    /** The facts statement with the given filters as conditions. */
    static String fromFacts(OutcomeFilter filter, ZoneId zone, List<Object> values) {
        String sql = FACTS;
        for (String therapist : List.of("therapist", "treated by", "changed by")) {
            sql = condition(sql, therapist, filter.therapistId() != null);
        }
        for (String complaint : List.of("complaint", "treated complaint", "changed complaint")) {
            sql = condition(sql, complaint, filter.complaintRegion() != null);
        }
        for (String muscle : List.of("muscle", "treated muscle", "changed muscle")) {
            sql = condition(sql, muscle, filter.muscleCode() != null);
        }
        Map<String, Object> named = new HashMap<>();
        named.put("from", filter.from().atOffset(ZoneOffset.UTC));
        named.put("to", filter.to().atOffset(ZoneOffset.UTC));
        named.put("zone", zone.getId());
        named.put("therapist", filter.therapistId());
        named.put("muscle", filter.muscleCode());
        named.put(
                "complaint",
                filter.complaintRegion() == null
                        ? null
                        : filter.complaintRegion().name());
        return positional(sql, named, values);
    }

    static Instant monthStartAtOrBefore(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant monthStartAtOrAfter(Instant instant) {
        Instant before = monthStartAtOrBefore(instant);
        return before.equals(instant)
                ? before
                : LocalDate.ofInstant(before, ZoneOffset.UTC)
                        .with(TemporalAdjusters.firstDayOfNextMonth())
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
    }

    private static String condition(String sql, String marker, boolean given) {
        return sql.replace("/*" + marker + "*/", given ? CONDITIONS.get(marker) : "");
    }

    private static String positional(String sql, Map<String, Object> named, List<Object> values) {
        Matcher matcher = NAMED.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (matcher.find()) {
            values.add(named.get(matcher.group(1)));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        return positional.toString();
    }

    /** A statement without its comment lines, whose words must not be taken for placeholders. */
    private static String load(String name) {
        try (InputStream in = OutcomeStatements.class.getResourceAsStream(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is missing from the application", e);
        }
    }
}
