package org.knotwork.outcomes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.proms.Measure;

/**
 * The questionnaire figure, a statement of its own beside the other outcome statements: first and latest score per
 * client and measure in the period, in the database; whether that is the important change is the measure's to say.
 */
final class QuestionnaireOutcomeQueries {

    private final Connection connection;

    QuestionnaireOutcomeQueries(Connection connection) {
        this.connection = connection;
    }

    QuestionnaireOutcomes outcomes(OutcomeFilter filter, List<Measure> measures) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select r.measure, count(*) as responses,"
                + " (array_agg(r.score order by r.answered_at, r.recorded_at))[1] as first_score,"
                + " (array_agg(r.score order by r.answered_at desc, r.recorded_at desc))[1] as latest_score"
                + " from questionnaire_responses r where r.withdrawn_at is null and r.score is not null"
                + " and r.answered_at >= ? and r.answered_at < ?");
        values.add(filter.from().atOffset(ZoneOffset.UTC));
        values.add(filter.to().atOffset(ZoneOffset.UTC));
        if (filter.therapistId() != null || filter.muscleCode() != null || filter.complaintRegion() != null) {
            sql.append(" and exists (select 1 from outcome_sessions s where s.client_id = r.client_id"
                    + " and s.session_at >= ? and s.session_at < ?");
            values.add(filter.from().atOffset(ZoneOffset.UTC));
            values.add(filter.to().atOffset(ZoneOffset.UTC));
            if (filter.therapistId() != null) {
                sql.append(" and s.therapist_id = ?");
                values.add(filter.therapistId());
            }
            if (filter.complaintRegion() != null) {
                sql.append(" and s.complaint_region = ?");
                values.add(filter.complaintRegion().name());
            }
            if (filter.muscleCode() != null) {
                sql.append(" and exists (select 1 from outcome_treatments m where m.note_id = s.note_id"
                        + " and m.muscle_code = ?)");
                values.add(filter.muscleCode());
            }
            sql.append(")");
        }
        sql.append(" group by r.measure, r.client_id");
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Measure> byCode = new HashMap<>();
        measures.forEach(m -> byCode.put(m.code(), m));
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Measure measure = byCode.get(row.getString("measure"));
                    if (measure == null) {
                        continue;
                    }
                    long[] c = counts.computeIfAbsent(measure.code(), k -> new long[3]);
                    c[0]++;
                    if (row.getLong("responses") >= measure.responsesToJudge()) {
                        c[1]++;
                        double first = row.getDouble("first_score");
                        double latest = row.getDouble("latest_score");
                        boolean reached = measure.responsesToJudge() > 1
                                ? measure.important(first, latest)
                                : measure.important(null, latest);
                        if (reached) {
                            c[2]++;
                        }
                    }
                }
            }
        }
        List<QuestionnaireOutcomes.Measure> figures = new ArrayList<>();
        for (Measure measure : measures) {
            long[] c = counts.getOrDefault(measure.code(), new long[3]);
            figures.add(new QuestionnaireOutcomes.Measure(
                    measure.code(),
                    measure.title(),
                    c[0],
                    c[1],
                    c[2],
                    measure.responsesToJudge() > 1
                            ? (measure.betterWhen() == org.knotwork.proms.BetterWhen.HIGHER ? "+" : "−")
                                    + trim(measure.importantChange()) + " from the first score"
                            : "much or very much improved"));
        }
        return new QuestionnaireOutcomes(filter, figures);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
