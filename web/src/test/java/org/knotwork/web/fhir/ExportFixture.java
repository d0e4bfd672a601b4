package org.knotwork.web.fhir;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.proms.Answer;
import org.knotwork.proms.AnswersJson;
import org.knotwork.proms.LoadedQuestionnaire;
import org.knotwork.proms.Measure;
import org.knotwork.proms.Pgic;
import org.knotwork.proms.Psfs;
import org.knotwork.proms.Scored;

/**
 * What the synthetic practice does not make, added to its busiest client: a recent trauma at two sites, dated and
 * timed (the evening before the session), a point on the midline, a signed session
 * with home care and a next appointment, an amendment, an issued handout, and questionnaire answers (PSFS at intake and at the session,
 * PGIC, a loaded ODI with a skipped section, and a withdrawn PGIC).
 */
final class ExportFixture {

    /** A point on the centre line (rectus abdominis), which has no laterality. */
    static final UUID MIDLINE_POINT = UUID.fromString("5e1f0c2a-7d3b-4c8e-9a61-0b2d4f6a8c10");

    private ExportFixture() {}

    static UUID addTheRest(Connection c, String odiDefinition) throws SQLException {
        UUID client;
        UUID therapist;
        try (Statement s = c.createStatement();
                ResultSet row = s.executeQuery("select client_id, min(therapist_id::text) from treatment_notes"
                        + " group by client_id order by count(*) desc, client_id limit 1")) {
            row.next();
            client = row.getObject(1, UUID.class);
            therapist = UUID.fromString(row.getString(2));
        }
        Instant session = Instant.parse("2026-06-20T09:00:00Z");
        UUID note = UUID.randomUUID();
        c.setAutoCommit(false);
        update(
                c,
                "insert into treatment_notes (id, version, client_id, therapist_id, session_at, status, signed_at,"
                        + " complaint, complaint_region, pain_before, pain_after, assessment, plan, updated_at,"
                        + " home_care_note, next_appointment) values (?, 0, ?, ?, ?, 'SIGNED', ?, 'Stiff neck',"
                        + " 'HEAD_NECK', 5, 3, 'Better than last week', 'Weekly', ?, 'Chin tucks twice a day', ?)",
                note,
                client,
                therapist,
                ts(session),
                ts(session.plusSeconds(3600)),
                ts(session.plusSeconds(3600)),
                ts(session.plusSeconds(7 * 86400)));
        c.commit();
        update(
                c,
                "insert into note_amendments (id, note_id, author_id, amended_at, reason, text)"
                        + " values (?, ?, ?, ?, 'Typing mistake', 'Pain after was 3, not 4.')",
                UUID.randomUUID(),
                note,
                therapist,
                ts(session.plusSeconds(7200)));
        update(
                c,
                "insert into handout_snapshots (note_id, taken_at, client_name, therapist_name, precautions)"
                        + " values (?, ?, 'A Client', 'A Therapist', '')",
                note,
                ts(session.plusSeconds(3700)));
        update(
                c,
                "insert into handouts (id, note_id, client_id, issued_at, issued_by, paper, sha256)"
                        + " values (?, ?, ?, ?, ?, 'A4', ?)",
                UUID.randomUUID(),
                note,
                client,
                ts(session.plusSeconds(3700)),
                therapist,
                "ab".repeat(32));
        update(
                c,
                "insert into questionnaires (code, url, title, definition, licence, loaded_at, loaded_by)"
                        + " values ('ODI', ?, 'ODI (test copy)', ?, 'Test licence', ?, ?)",
                LoadedQuestionnaire.read(odiDefinition).url(),
                odiDefinition,
                ts(session),
                therapist);
        update(
                c,
                "insert into trigger_points (id, client_id, muscle_code, side, view, x, y, status, taut_band,"
                        + " spot_tenderness, local_twitch_response, jump_sign, referred_pain_found, recognised_pain,"
                        + " charted_at, charted_by) values (?, ?, 'RECTUS_ABDOMINIS', 'MIDLINE', 'ANTERIOR', 0.5, 0.38,"
                        + " 'ACTIVE', 'YES', 'YES', 'NOT_TESTED', 'NO', 'NOT_TESTED', 'YES', ?, ?)",
                MIDLINE_POINT,
                client,
                ts(session),
                therapist);
        update(c, "insert into client_contraindications (client_id, code) values (?, 'RECENT_TRAUMA')", client);
        update(
                c,
                "insert into client_contraindication_sites (client_id, code, region) values (?, 'RECENT_TRAUMA',"
                        + " 'SHOULDER'), (?, 'RECENT_TRAUMA', 'UPPER_BACK')",
                client,
                client);
        update(c, "update clients set injury_date = '2026-06-19', injury_time = '18:30' where id = ?", client);
        Psfs psfs = new Psfs();
        response(
                c,
                psfs,
                client,
                null,
                therapist,
                session.minusSeconds(86400 * 30),
                null,
                List.of(
                        new Answer("activity-1", "Reaching overhead", 3),
                        new Answer("activity-2", "Carrying shopping", 4),
                        new Answer("activity-3", "Turning the head when driving", null),
                        new Answer("activity-4", "Sleeping on the right side", 2)));
        response(
                c,
                psfs,
                client,
                note,
                therapist,
                session,
                null,
                List.of(
                        new Answer("activity-1", "Reaching overhead", 6),
                        new Answer("activity-2", "Carrying shopping", 7),
                        new Answer("activity-3", "Turning the head when driving", 5),
                        new Answer("activity-4", "Sleeping on the right side", 6)));
        response(c, new Pgic(), client, note, therapist, session, null, List.of(new Answer("pgic", null, 2)));
        response(
                c,
                new Pgic(),
                client,
                note,
                therapist,
                session,
                "Recorded for the wrong client",
                List.of(new Answer("pgic", null, 6)));
        Integer[] odi = {2, 3, 1, 0, 4, 2, 1, 3, 2, null};
        List<Answer> odiAnswers = new java.util.ArrayList<>();
        for (int i = 0; i < odi.length; i++) {
            odiAnswers.add(new Answer("q" + (i + 1), null, odi[i]));
        }
        response(
                c,
                LoadedQuestionnaire.read(odiDefinition),
                client,
                null,
                therapist,
                session.minusSeconds(86400),
                null,
                odiAnswers);
        c.commit();
        c.setAutoCommit(true);
        return client;
    }

    private static void response(
            Connection c,
            Measure measure,
            UUID client,
            UUID note,
            UUID by,
            Instant at,
            String withdrawn,
            List<Answer> answers)
            throws SQLException {
        Scored scored = measure.score(answers);
        update(
                c,
                "insert into questionnaire_responses (id, client_id, note_id, measure, occasion, answered_at,"
                        + " recorded_at, recorded_by, answers, answered, score, withdrawn_at, withdrawn_why)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                client,
                note,
                measure.code(),
                note == null ? "INTAKE" : "SESSION",
                ts(at),
                ts(at),
                by,
                AnswersJson.write(answers),
                scored.answered(),
                scored.score(),
                withdrawn == null ? null : ts(at.plusSeconds(60)),
                withdrawn);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
