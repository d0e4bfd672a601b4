package org.knotwork.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.knotwork.outcomes.PracticeOutcomes.ClientOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.MonthlyOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.PointOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.TherapistProtocol;
import org.knotwork.platform.RuleViolationException;

/**
 * Computes the figures with one hand-written SQL statement ({@code outcomes.sql}) over the outcome facts the database
 * keeps as notes are signed (V11): it aggregates a year of a busy practice far faster than loading its notes would,
 * and it is the statement the benchmark runs directly in psql. Only the filters given become conditions, so each
 * shape gets its own plan.
 */
final class OutcomeQueries {

    private static final String SQL = load();
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

    private final Connection connection;

    OutcomeQueries(Connection connection) {
        this.connection = connection;
    }

    /** Refuses a filter naming a therapist or muscle the practice does not have, rather than answering zeros. */
    void requireKnown(OutcomeFilter filter) throws SQLException {
        if (filter.therapistId() != null
                && !exists("select 1 from user_roles where user_id = ? and role = 'THERAPIST'", filter.therapistId())) {
            throw new RuleViolationException(
                    "therapist", "There is no therapist with id " + filter.therapistId() + ".");
        }
        if (filter.muscleCode() != null && !exists("select 1 from muscles where code = ?", filter.muscleCode())) {
            throw new RuleViolationException(
                    "muscle",
                    "There is no muscle " + filter.muscleCode() + " in the catalogue (see GET /api/muscles).");
        }
    }

    private boolean exists(String sql, Object value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, value);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    PracticeOutcomes outcomes(OutcomeFilter filter, ZoneId zone) throws SQLException {
        List<Object> values = new ArrayList<>();
        String sql = statement(filter, zone, values);
        ClientOutcomes clients = null;
        PointOutcomes points = null;
        List<TherapistProtocol> therapists = new ArrayList<>();
        List<MonthlyOutcomes> months = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    switch (row.getString("kind")) {
                        case "CLIENTS" ->
                            clients = new ClientOutcomes(
                                    count(row, 1),
                                    count(row, 2),
                                    count(row, 3),
                                    count(row, 4),
                                    count(row, 5),
                                    number(row, 6),
                                    number(row, 7),
                                    count(row, 8));
                        case "POINTS" ->
                            points = new PointOutcomes(
                                    count(row, 1),
                                    count(row, 2),
                                    number(row, 3),
                                    number(row, 4),
                                    count(row, 5),
                                    number(row, 6),
                                    count(row, 7));
                        case "THERAPIST" ->
                            therapists.add(new TherapistProtocol(
                                    UUID.fromString(row.getString("key")),
                                    row.getString("label"),
                                    count(row, 1),
                                    count(row, 2),
                                    count(row, 3),
                                    count(row, 4),
                                    count(row, 5)));
                        default ->
                            months.add(new MonthlyOutcomes(
                                    row.getString("key"),
                                    count(row, 1),
                                    count(row, 2),
                                    number(row, 3),
                                    count(row, 4),
                                    count(row, 5),
                                    count(row, 6)));
                    }
                }
            }
        }
        therapists.sort(Comparator.comparing(TherapistProtocol::name).thenComparing(TherapistProtocol::therapistId));
        months.sort(Comparator.comparing(MonthlyOutcomes::month));
        return new PracticeOutcomes(filter, clients, points, List.copyOf(therapists), List.copyOf(months));
    }

    /** The statement with the given filters as conditions, and its values in placeholder order. */
    static String statement(OutcomeFilter filter, ZoneId zone, List<Object> values) {
        String sql = SQL;
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
        Matcher matcher = NAMED.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (matcher.find()) {
            values.add(named.get(matcher.group(1)));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        return positional.toString();
    }

    private static String condition(String sql, String marker, boolean given) {
        return sql.replace("/*" + marker + "*/", given ? CONDITIONS.get(marker) : "");
    }

    private static long count(ResultSet row, int n) throws SQLException {
        return row.getLong("n" + n);
    }

    private static Double number(ResultSet row, int n) throws SQLException {
        double value = row.getDouble("n" + n);
        return row.wasNull() ? null : value;
    }

    /** The statement without its comment lines, whose words must not be taken for placeholders. */
    private static String load() {
        try (InputStream in = OutcomeQueries.class.getResourceAsStream("outcomes.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("outcomes.sql is missing from the application", e);
        }
    }
}
