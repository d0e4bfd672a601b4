package org.knotwork.outcomes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.knotwork.audit.AuditedRead;
import org.knotwork.charting.ClientProgress;

/**
 * The hand-written statements behind the figures, one per group of figures ({@code clients}, {@code points},
 * {@code therapists}, {@code months}), each in two versions: from the outcome facts, for any filter and zone (the
 * filters are the named arguments of the facts functions of V70), and {@code -summarised}, from the month summaries,
 * for the unfiltered dashboard when the summaries are kept in the clinic's zone. Both give the same figures (checked
 * by {@code OutcomeSummariesTest}). They are sent to the database at once, after {@link OutcomeOpening#STATEMENT}
 * ({@link #prepare}).
 */
record OutcomeStatements(
        OutcomeStatement clients, OutcomeStatement points, OutcomeStatement therapists, OutcomeStatement months) {

    static final OutcomeStatements FROM_FACTS = load("");
    static final OutcomeStatements SUMMARISED = load("-summarised");

    /** More than the variants there are (two versions, with a snapshot or not, no look or a look of two kinds). */
    static final int VARIANTS_KEPT = 32;

    private static final Map<Variant, OutcomeStatement> SENT = new ConcurrentHashMap<>();

    private static OutcomeStatements load(String version) {
        return new OutcomeStatements(
                OutcomeStatement.load("clients" + version),
                OutcomeStatement.load("points" + version),
                OutcomeStatement.load("therapists" + version),
                OutcomeStatement.load("months" + version));
    }

    /**
     * The opening and the four statements with every named value bound, to be sent together: one round trip, each
     * statement still planned and run by itself, in order; their results come back in the same order. With {@code
     * look}, the clients statement also records the look ({@link AuditedRead#around}) where {@link
     * OutcomeOpening#ANSWERED} holds, the line's detail ending with the number of clients; with {@code snapshot},
     * {@link OutcomeOpening#SNAPSHOT} (or, for the summaries, {@link OutcomeOpening#SNAPSHOT_OF_THE_SUMMARIES}) goes
     * first, its statements' results update counts before the opening's row.
     */
    PreparedStatement prepare(Connection connection, Map<String, Object> values, AuditedRead look, boolean snapshot)
            throws SQLException {
        Map<String, Object> all = values;
        if (look != null) {
            all = new HashMap<>(values);
            all.putAll(look.values());
        }
        return sent(look, snapshot).prepare(connection, all);
    }

    /**
     * The statements sent together for a look (or none) and a snapshot (or not), put together once per variant: a
     * look's clients statement was parsed with a regular expression, and the texts joined, for every dashboard. The
     * look's statement names its values rather than holding them, so its text is one of few (a relaxed commit or
     * not); should that change, no more than {@link #VARIANTS_KEPT} are kept.
     */
    OutcomeStatement sent(AuditedRead look, boolean snapshot) {
        Variant variant = new Variant(
                this, snapshot, look == null ? null : look.around(clients.text(), "clients", OutcomeOpening.ANSWERED));
        OutcomeStatement kept = SENT.get(variant);
        if (kept != null) {
            return kept;
        }
        OutcomeStatement together = variant.together();
        if (SENT.size() < VARIANTS_KEPT) {
            SENT.putIfAbsent(variant, together);
        }
        return together;
    }

    /** What the statements sent together vary by; {@code recordedClients} is the clients statement as a look wraps it. */
    private record Variant(OutcomeStatements statements, boolean snapshot, String recordedClients) {

        OutcomeStatement together() {
            List<OutcomeStatement> sent = new ArrayList<>();
            if (snapshot) {
                sent.add(statements == SUMMARISED ? OutcomeOpening.SNAPSHOT_OF_THE_SUMMARIES : OutcomeOpening.SNAPSHOT);
            }
            sent.add(OutcomeOpening.STATEMENT);
            sent.add(
                    recordedClients == null
                            ? statements.clients()
                            : OutcomeStatement.of(statements.clients().name() + ", recorded", recordedClients));
            sent.addAll(List.of(statements.points(), statements.therapists(), statements.months()));
            return OutcomeStatement.together(sent.toArray(OutcomeStatement[]::new));
        }
    }

    /**
     * The values every statement may name: the period, the filters (null: not filtered), the zone, whether the facts
     * carry their months in that zone (V80), the rule.
     */
    static Map<String, Object> values(OutcomeFilter filter, ZoneId zone, boolean monthsStored) {
        Map<String, Object> values = new HashMap<>();
        values.put("from", filter.from().atOffset(ZoneOffset.UTC));
        values.put("to", filter.to().atOffset(ZoneOffset.UTC));
        values.put("therapist", filter.therapistId());
        values.put("muscle", filter.muscleCode());
        values.put(
                "complaint",
                filter.complaintRegion() == null
                        ? null
                        : filter.complaintRegion().name());
        values.put("zone", postgresZone(zone));
        values.put("months_stored", monthsStored);
        values.put("important_change", ClientProgress.CLINICALLY_IMPORTANT_CHANGE);
        // The summaries' whole months run from the first month start at or after the period's start (lo) to the last
        // at or before its end (hi); a period holding no whole month is read from the facts entirely (lo = hi = to).
        Instant lo = monthStartAtOrAfter(filter.from(), zone);
        Instant hi = monthStartAtOrBefore(filter.to(), zone);
        if (!lo.isBefore(hi)) {
            lo = filter.to();
            hi = filter.to();
        }
        values.put("lo", lo.atOffset(ZoneOffset.UTC));
        values.put("hi", hi.atOffset(ZoneOffset.UTC));
        return values;
    }

    /**
     * The zone as PostgreSQL reads it. Region ids are the same in both; a fixed offset is not: PostgreSQL reads
     * {@code +02:00} the POSIX way, as two hours west of Greenwich, so offsets are given as POSIX names with the sign
     * turned.
     */
    static String postgresZone(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (!(normal instanceof ZoneOffset offset)) {
            return normal.getId();
        }
        if (offset.getTotalSeconds() == 0) {
            return "UTC";
        }
        int seconds = -offset.getTotalSeconds();
        return String.format(
                "<%s>%s%02d:%02d:%02d",
                offset.getId().replace(":", ""),
                seconds < 0 ? "-" : "+",
                Math.abs(seconds) / 3600,
                Math.abs(seconds) / 60 % 60,
                Math.abs(seconds) % 60);
    }

    static Instant monthStartAtOrBefore(Instant instant, ZoneId zone) {
        return ZonedDateTime.ofInstant(instant, zone)
                .withDayOfMonth(1)
                .truncatedTo(ChronoUnit.DAYS)
                .toInstant();
    }

    static Instant monthStartAtOrAfter(Instant instant, ZoneId zone) {
        Instant before = monthStartAtOrBefore(instant, zone);
        return before.equals(instant)
                ? before
                : ZonedDateTime.ofInstant(before, zone)
                        .plusMonths(1)
                        .withDayOfMonth(1)
                        .truncatedTo(ChronoUnit.DAYS)
                        .toInstant();
    }
}
