package org.knotwork.web.api.corpus;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.corpus.Mutation.Expect;

/**
 * Sends every case of the corpus and checks each answer against what must come of it: never a 5xx; a refusal is
 * problem+json naming the field in words without parser or class names, writes nothing and leaves no success on the
 * audit trail; an acceptance stores exactly what was sent (or keeps what a save left out) and leaves exactly one
 * success line for the record (none for a save that changed nothing). Failures are collected, so one run shows them all.
 */
public final class CorpusRun {

    static final Set<String> CHANGES = Set.of(
            "CREATE",
            "UPDATE",
            "SIGN",
            "AMEND",
            "ARCHIVE",
            "RESTORE",
            "USER_CREATED",
            "ROLES_CHANGED",
            "USER_DEACTIVATED",
            "THERAPISTS_ASSIGNED",
            "LOGIN",
            "PASSWORD_CHANGED",
            "PASSWORD_RESET",
            "SESSION_ENDED",
            "SECOND_FACTOR_ENROLLED",
            "SECOND_FACTOR_RESET",
            "SECOND_FACTOR_POLICY_CHANGED",
            "RECOVERY_CODES_ISSUED",
            "CLIENTS_IMPORTED",
            "QUESTIONNAIRE_LOADED",
            "BULK_EXPORT_REQUESTED");

    private static final Pattern MACHINE_WORDS = Pattern.compile(
            "java\\.|jakarta\\.|org\\.(glassfish|eclipse|hibernate|postgresql)|Exception|JsonParsing|Jsonb|"
                    + "Unrecognized|START_OBJECT|VALUE_STRING|END_ARRAY|PSQL|SQLState");

    private final DatabaseProbe database;
    private final List<String> failures = new ArrayList<>();
    private final List<String> acrossFields = new ArrayList<>();
    private int cases;

    public CorpusRun(DatabaseProbe database) {
        this.database = database;
    }

    public int cases() {
        return cases;
    }

    public List<String> failures() {
        return failures;
    }

    /** The refusals that named another field than the one sent, each with the declared rule that explains it. */
    public List<String> refusedAcrossFields() {
        return acrossFields;
    }

    public void run(Endpoint endpoint) {
        JsonObject base = endpoint.base().get();
        known = endpoint.savesAWholeRecord() ? endpoint.readBack().apply(null) : null;
        for (Mutation mutation :
                FormCorpus.of(endpoint.form(), base, endpoint.savesAWholeRecord(), endpoint.kindsToo())) {
            send(endpoint, mutation, null);
        }
        List<BodyCase> bodies = BodyCase.of(base);
        for (BodyCase body : endpoint.kindsToo() ? bodies : bodies.subList(0, 2)) {
            send(endpoint, null, body);
        }
    }

    /** A save's record as last read: its version goes into If-Match, its fields are what a save must keep. */
    private JsonObject known;

    private void send(Endpoint endpoint, Mutation mutation, BodyCase whole) {
        cases++;
        String name = endpoint.name() + ": " + (mutation != null ? mutation : whole.name());
        try {
            String address = endpoint.address().get();
            JsonObject base = endpoint.base().get();
            JsonObject before = known;
            Map<String, String> headers = new HashMap<>();
            if (before != null && before.get("version") instanceof JsonNumber version) {
                headers.put("If-Match", "\"" + version.longValue() + "\"");
            }
            byte[] body = whole != null ? whole.body() : mutation.body(base).getBytes(StandardCharsets.UTF_8);
            String type = whole != null ? whole.contentType() : "application/json";
            String print = database.fingerprint();
            Instant start = Instant.now();
            Api.Reply reply = endpoint.caller().sendRaw(endpoint.method(), address, type, body, headers);
            check(endpoint, mutation, whole, reply, print, start, before, body);
        } catch (RuntimeException | AssertionError e) {
            failures.add(name + " -> " + e);
        }
    }

    private void check(
            Endpoint endpoint,
            Mutation mutation,
            BodyCase whole,
            Api.Reply reply,
            String print,
            Instant start,
            JsonObject before,
            byte[] body) {
        int status = reply.status();
        String name = endpoint.name() + ": " + (mutation != null ? mutation : whole.name()) + " -> " + reply;
        if (status >= 500) {
            failures.add(name + " (a 5xx)");
            return;
        }
        if (status >= 400) {
            refused(endpoint, mutation, whole, reply, print, start, name);
            return;
        }
        if (whole != null || mutation.expect() == Expect.REFUSED) {
            failures.add(name + " (accepted what must be refused)");
            return;
        }
        accepted(endpoint, mutation, reply, start, before, name, new String(body, StandardCharsets.UTF_8));
    }

    private void refused(
            Endpoint endpoint,
            Mutation mutation,
            BodyCase whole,
            Api.Reply reply,
            String print,
            Instant start,
            String name) {
        if (!String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json")) {
            failures.add(name + " (a refusal that is not problem+json)");
            return;
        }
        JsonObject problem = reply.json();
        String words =
                problem.getString("detail", "") + " " + problem.getOrDefault("errors", JsonValue.EMPTY_JSON_ARRAY);
        if (problem.getString("detail", "").isBlank()
                || MACHINE_WORDS.matcher(words).find()) {
            failures.add(name + " (no readable detail, or parser or class names in it)");
        }
        boolean wrongCredentials = endpoint.signsIn() && reply.status() == 401;
        if (whole != null) {
            if (reply.status() != whole.status()) {
                failures.add(name + " (expected " + whole.status() + ")");
            }
        } else if (mutation.expect() == Expect.KEPT && !wrongCredentials) {
            failures.add(name + " (a save leaving the field out must be accepted)");
        } else if (!wrongCredentials
                && !namesField(endpoint, problem, mutation.field(), mutation.expect() == Expect.EITHER)) {
            failures.add(name + " (the refusal does not name " + mutation.field()
                    + ", nor a field a declared rule across fields ties to it)");
        }
        if (!wrongCredentials && !print.equals(database.fingerprint())) {
            failures.add(name + " (a refusal wrote to the database)");
        }
        database.linesSince(start).stream()
                .filter(line -> "SUCCESS".equals(line.outcome()) && CHANGES.contains(line.action()))
                .findAny()
                .ifPresent(line -> failures.add(name + " (a refusal left a success line: " + line + ")"));
    }

    private void accepted(
            Endpoint endpoint,
            Mutation mutation,
            Api.Reply reply,
            Instant start,
            JsonObject before,
            String name,
            String body) {
        if (endpoint.signsIn()) {
            failures.add(name + " (signed in with made-up credentials)");
            return;
        }
        JsonObject answer = reply.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : reply.json();
        String recordId = endpoint.recordId().apply(answer);
        String viewPath = endpoint.viewPath().apply(mutation.field());
        JsonObject stored = viewPath == null && !endpoint.savesAWholeRecord()
                ? null
                : endpoint.readBack().apply(answer);
        // A save that changed nothing is no event: it leaves no line (and keeps the version).
        long expected = endpoint.savesAWholeRecord() && before != null && before.equals(stored) ? 0 : 1;
        long lines = database.linesSince(start).stream()
                .filter(line -> endpoint.action().equals(line.action())
                        && "SUCCESS".equals(line.outcome())
                        && endpoint.recordType().equals(line.recordType())
                        && java.util.Objects.equals(recordId, line.recordId()))
                .count();
        if (lines != expected) {
            failures.add(name + " (" + lines + " success line(s) for " + endpoint.recordType() + " " + recordId
                    + ", not " + expected + ")");
        }
        if (stored == null) {
            return;
        }
        if (endpoint.savesAWholeRecord()) {
            known = stored;
        }
        if (viewPath == null) {
            return;
        }
        JsonValue now = JsonPaths.get(stored, viewPath);
        if (mutation.expect() == Expect.KEPT) {
            JsonValue earlier = JsonPaths.get(before, viewPath);
            if (!same(earlier, now)) {
                failures.add(name + " (a save that left " + mutation.field() + " out changed it from " + earlier
                        + " to " + now + ")");
            }
        } else {
            JsonValue sent = JsonPaths.get(JsonPaths.parse(body), mutation.field());
            if (!same(sent, now)) {
                failures.add(name + " (stored " + now + " for " + sent + ")");
            }
        }
    }

    /**
     * Whether the refusal names the field or the object or list holding it. A value of the right kind (a borderline
     * case) may instead be refused for what it means beside another field of the same object: the stage of an
     * episode whose other fields belong to another stage; or by a rule across fields declared for the form
     * ({@link CrossFieldRules}: a place on the other half of the view than the side says names the side).
     */
    private boolean namesField(Endpoint endpoint, JsonObject problem, String field, boolean rightKind) {
        JsonArray errors = problem.getJsonArray("errors");
        if (errors == null) {
            return false;
        }
        String holder = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : "";
        for (JsonValue error : errors) {
            String named = error.asJsonObject().getString("field", "");
            if (related(named, field) || related(field, named) || rightKind && related(holder, named)) {
                return true;
            }
            CrossFieldRules.Rule rule = rightKind ? CrossFieldRules.explaining(endpoint.form(), field, named) : null;
            if (rule != null) {
                acrossFields.add(
                        endpoint.name() + ": " + field + " refused at " + named + " (" + rule.description() + ")");
                return true;
            }
        }
        return false;
    }

    /** The same field, or one inside the other (the refusal may name the list or object holding it). */
    private static boolean related(String outer, String inner) {
        return inner.equals(outer)
                || (!outer.isEmpty() && (inner.startsWith(outer + ".") || inner.startsWith(outer + "[")));
    }

    /** Equal as stored: numbers by value, moments by instant, lists in any order, blank text as none. */
    static boolean same(JsonValue sent, JsonValue stored) {
        if (isNone(sent) && isNone(stored)) {
            return true;
        }
        if (sent == null || stored == null) {
            return false;
        }
        if (sent instanceof JsonNumber a && stored instanceof JsonNumber b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        if (sent instanceof JsonString a && stored instanceof JsonString b) {
            return a.getString().equals(b.getString()) || sameMoment(a.getString(), b.getString());
        }
        if (sent instanceof JsonArray a && stored instanceof JsonArray b) {
            return a.stream()
                    .map(JsonValue::toString)
                    .sorted()
                    .toList()
                    .equals(b.stream().map(JsonValue::toString).sorted().toList());
        }
        return sent.equals(stored);
    }

    private static boolean isNone(JsonValue value) {
        return value == null
                || value == JsonValue.NULL
                || value instanceof JsonString s && s.getString().isBlank();
    }

    private static boolean sameMoment(String a, String b) {
        try {
            return OffsetDateTime.parse(a).toInstant().equals(Instant.parse(b));
        } catch (DateTimeParseException notMoments) {
            return false;
        }
    }
}
