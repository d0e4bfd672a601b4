package org.knotwork.web.api.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.knotwork.web.api.bodymap.MuscleDescriptionForm;
import org.knotwork.web.api.bodymap.TriggerPointForm;
import org.knotwork.web.api.charting.NoteForm;
import org.knotwork.web.api.charting.NoteResource;
import org.knotwork.web.api.client.AssignmentForm;
import org.knotwork.web.api.client.ClientForm;
import org.knotwork.web.api.handout.HandoutPreferencesForm;
import org.knotwork.web.api.handout.SelfCareForm;
import org.knotwork.web.api.security.LetterheadForm;
import org.knotwork.web.api.security.PracticeSettingsForm;
import org.knotwork.web.api.security.RolesForm;
import org.knotwork.web.api.security.SignInForm;
import org.knotwork.web.api.security.UserForm;

/**
 * The project's own bad-input corpus, generated from the forms' declared fields and constraints ({@link FormCorpus})
 * for every address that takes a body, and sent to the built WAR (IntegrityIT runs it): each case is refused with
 * problem+json naming the field (nothing written, no success on the audit trail) or stores exactly what was sent with
 * exactly one success line; never a 5xx. Settings and catalogue texts it changes are put back afterwards.
 */
public final class InputCorpus {

    static final String MUSCLE = "TEMPORALIS";

    private InputCorpus() {}

    /** Sends every case; the failures (none, when all is well) and how many cases there were. */
    public static CorpusRun run(URL deployment) {
        Api admin = Staff.admin(deployment);
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api.Reply therapistUser = Staff.create(deployment, "THERAPIST");
        Api therapist = new Api(deployment);
        assertThat(therapist
                        .signIn(therapistUser.json().getString("username"), Staff.PASSWORD)
                        .status())
                .isEqualTo(200);
        String therapistId = therapistUser.json().getString("id");

        String clientId = created(therapist.post("api/clients", clientBody().toString()));
        String pointId = created(therapist.post(
                "api/clients/" + clientId + "/trigger-points", pointBody().toString()));
        String draftId = created(therapist.post(
                "api/clients/" + clientId + "/notes", noteBody(pointId).toString()));
        String signedId = created(therapist.post(
                "api/clients/" + clientId + "/notes",
                beside(noteBody(pointId), "besideOpenDraft").toString()));
        Api.Reply signed = therapist.send(
                "POST", "api/notes/" + signedId + "/signature", "application/json", null, Map.of("If-Match", "\"0\""));
        // A client with a fever would need a reason for the session itself (SESSION_DURING_FEVER): osteoporosis
        // asks nothing of a gentle compression, so the note signs as it is.
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        String userId = Staff.create(deployment, "THERAPIST").json().getString("id");

        JsonObject settings = admin.get("api/practice-settings").json();
        JsonObject selfCare = admin.get("api/muscles/" + MUSCLE + "/self-care").json();
        JsonObject muscle = muscle(admin);
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint(
                "POST clients",
                therapist,
                "POST",
                () -> "api/clients",
                ClientForm.class,
                InputCorpus::clientBody,
                answer -> therapist.get("api/clients/" + answer.getString("id")).json(),
                InputCorpus::clientView,
                "CREATE",
                "CLIENT",
                answer -> answer.getString("id"),
                true));
        endpoints.add(new Endpoint(
                "PUT clients/{id}",
                therapist,
                "PUT",
                () -> "api/clients/" + clientId,
                ClientForm.class,
                InputCorpus::clientBody,
                answer -> therapist.get("api/clients/" + clientId).json(),
                InputCorpus::clientView,
                "UPDATE",
                "CLIENT",
                answer -> clientId,
                false));
        endpoints.add(new Endpoint(
                "POST trigger-points",
                therapist,
                "POST",
                () -> "api/clients/" + clientId + "/trigger-points",
                TriggerPointForm.class,
                () -> beside(pointBody(), "besideStillTreated"),
                answer -> therapist
                        .get("api/trigger-points/" + answer.getString("id"))
                        .json(),
                InputCorpus::pointView,
                "CREATE",
                "TRIGGER_POINT",
                answer -> answer.getString("id"),
                true));
        endpoints.add(new Endpoint(
                "PUT trigger-points/{id}",
                therapist,
                "PUT",
                () -> "api/trigger-points/" + pointId,
                TriggerPointForm.class,
                InputCorpus::pointBody,
                answer -> therapist.get("api/trigger-points/" + pointId).json(),
                InputCorpus::pointView,
                "UPDATE",
                "TRIGGER_POINT",
                answer -> pointId,
                false));
        endpoints.add(new Endpoint(
                "POST notes",
                therapist,
                "POST",
                () -> "api/clients/" + clientId + "/notes",
                NoteForm.class,
                () -> beside(noteBody(pointId), "besideOpenDraft"),
                answer -> therapist.get("api/notes/" + answer.getString("id")).json(),
                InputCorpus::noteView,
                "CREATE",
                "NOTE",
                answer -> answer.getString("id"),
                true));
        endpoints.add(new Endpoint(
                "PUT notes/{id}",
                therapist,
                "PUT",
                () -> "api/notes/" + draftId,
                NoteForm.class,
                () -> noteBody(pointId),
                answer -> therapist.get("api/notes/" + draftId).json(),
                InputCorpus::noteView,
                "UPDATE",
                "NOTE",
                answer -> draftId,
                false));
        endpoints.add(new Endpoint(
                "POST notes/{id}/amendments",
                therapist,
                "POST",
                () -> "api/notes/" + signedId + "/amendments",
                NoteResource.AmendmentForm.class,
                () -> JsonPaths.parse("{\"reason\":\"Typo\",\"text\":\"Pain after was 3.\"}"),
                answer -> answer,
                field -> "amendments[-1]." + field,
                "AMEND",
                "NOTE",
                answer -> signedId,
                true));
        endpoints.add(new Endpoint(
                "PUT clients/{id}/therapists",
                owner,
                "PUT",
                () -> "api/clients/" + clientId + "/therapists",
                AssignmentForm.class,
                () -> JsonPaths.parse("{\"therapistIds\":[\"" + therapistId + "\"]}"),
                answer -> owner.get("api/clients/" + clientId + "/therapists").json(),
                field -> field.equals("therapistIds") ? "assigned[*].therapistId" : null,
                "THERAPISTS_ASSIGNED",
                "CLIENT",
                answer -> clientId,
                true));
        endpoints.add(new Endpoint(
                "POST users",
                owner,
                "POST",
                () -> "api/users",
                UserForm.class,
                () -> JsonPaths.parse(
                        "{\"username\":\"corpus-" + UUID.randomUUID().toString().substring(0, 8)
                                + "\",\"displayName\":\"Corpus\",\"password\":\"" + Staff.PASSWORD
                                + "\",\"roles\":[\"THERAPIST\"]}"),
                answer -> owner.get("api/users/" + answer.getString("id")).json(),
                field -> field.equals("password") ? null : field,
                "USER_CREATED",
                "USER",
                answer -> answer.getString("id"),
                true));
        endpoints.add(new Endpoint(
                "PUT users/{id}/roles",
                owner,
                "PUT",
                () -> "api/users/" + userId + "/roles",
                RolesForm.class,
                () -> JsonPaths.parse("{\"roles\":[\"THERAPIST\",\"OWNER\"]}"),
                answer -> owner.get("api/users/" + userId).json(),
                same(),
                "ROLES_CHANGED",
                "USER",
                answer -> userId,
                true));
        endpoints.add(new Endpoint(
                "PUT clients/{id}/handout-preferences",
                therapist,
                "PUT",
                () -> "api/clients/" + clientId + "/handout-preferences",
                HandoutPreferencesForm.class,
                () -> JsonPaths.parse("{\"language\":\"es\",\"printSize\":\"LARGE\"}"),
                answer -> therapist
                        .get("api/clients/" + clientId + "/handout-preferences")
                        .json(),
                same(),
                "UPDATE",
                "CLIENT_HANDOUT_PREFERENCES",
                answer -> clientId,
                true));
        endpoints.add(new Endpoint(
                "POST session",
                new Api(deployment),
                "POST",
                () -> "api/session",
                SignInForm.class,
                () -> JsonPaths.parse("{\"username\":\"nobody-corpus\",\"password\":\"not the password\"}"),
                answer -> answer,
                field -> null,
                null,
                null,
                answer -> null,
                true));
        endpoints.addAll(AccountEndpoints.of(deployment, owner, therapist, clientId, userId));
        JsonObject policy = owner.get("api/second-factor-policy").json();
        try (DatabaseProbe database = new DatabaseProbe()) {
            CorpusRun run = new CorpusRun(database);
            try {
                endpoints.forEach(run::run);
                run.run(new Endpoint(
                        "PUT practice-settings",
                        admin,
                        "PUT",
                        () -> "api/practice-settings",
                        PracticeSettingsForm.class,
                        () -> JsonPaths.parse(
                                "{\"ownClientsOnly\":false,\"compressionDiscomfortThreshold\":3,\"pressureUnit\":\"KGF_CM2\"}"),
                        answer -> admin.get("api/practice-settings").json(),
                        same(),
                        "UPDATE",
                        "PRACTICE_SETTINGS",
                        answer -> "1",
                        true));
                run.run(new Endpoint(
                        "PUT practice-settings/letterhead",
                        admin,
                        "PUT",
                        () -> "api/practice-settings/letterhead",
                        LetterheadForm.class,
                        () -> JsonPaths.parse("{\"practiceName\":\"Corpus Clinic\",\"practiceContact\":\"1 High St\","
                                + "\"contactPhone\":\"023 9200 0000\"}"),
                        answer -> admin.get("api/practice-settings").json(),
                        same(),
                        "UPDATE",
                        "LETTERHEAD",
                        answer -> "1",
                        true));
                run.run(new Endpoint(
                        "PUT muscles/{code}",
                        admin,
                        "PUT",
                        () -> "api/muscles/" + MUSCLE,
                        MuscleDescriptionForm.class,
                        () -> JsonPaths.parse("{\"referredPain\":\"To the temple and the upper teeth.\","
                                + "\"snomedCode\":\"" + muscle.getString("snomedCode", "") + "\"}"),
                        answer -> muscle(admin),
                        same(),
                        "UPDATE",
                        "MUSCLE",
                        answer -> MUSCLE,
                        true));
                run.run(new Endpoint(
                        "PUT muscles/{code}/self-care",
                        admin,
                        "PUT",
                        () -> "api/muscles/" + MUSCLE + "/self-care",
                        SelfCareForm.class,
                        () -> JsonPaths.parse("{\"selfPressure\":\"Press gently.\",\"pressurePosition\":\"SEATED\","
                                + "\"pressureTool\":\"HAND\",\"gentlePressure\":\"Rest your fingertips there and press"
                                + " lightly.\",\"frequency\":\"Twice a day\"}"),
                        answer -> admin.get("api/muscles/" + MUSCLE + "/self-care")
                                .json(),
                        // confirmTranslation is an act on a translation, not a stored field (refused on English).
                        field -> field.equals("confirmTranslation") ? null : field,
                        "UPDATE",
                        "MUSCLE_SELF_CARE",
                        answer -> MUSCLE,
                        true));
                run.run(AccountEndpoints.policy(owner));
            } finally {
                AccountEndpoints.restorePolicy(owner, policy);
                restore(admin, settings, selfCare, muscle);
            }
            return run;
        }
    }

    static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    static UnaryOperator<String> same() {
        return field -> field;
    }

    static JsonObject clientBody() {
        return JsonPaths.parse("""
                {"givenName":"Corpus","familyName":"Case","dateOfBirth":"1980-05-01","phone":"0123 456789",
                 "email":"case@example.org","referralSource":"GP","mainComplaint":"Neck","consentDate":"2026-01-05",
                 "notes":"Quiet","contraindications":["OSTEOPOROSIS"],"contraindicationNotes":"None"}""");
    }

    static String clientView(String field) {
        if (field.startsWith("contraindications[")) {
            return null;
        }
        return field.equals("contraindications") ? "contraindications[*].code" : field;
    }

    static JsonObject pointBody() {
        return JsonPaths.parse("""
                {"muscle":"UPPER_TRAPEZIUS","side":"RIGHT","view":"POSTERIOR","x":0.6,"y":0.2,"status":"ACTIVE",
                 "criteria":{"tautBand":"YES","spotTenderness":"YES","localTwitchResponse":"NO",
                             "jumpSign":"NOT_TESTED","referredPain":"YES","recognisedPain":"YES"},
                 "referredPain":"Up the neck"}""");
    }

    static JsonObject noteBody(String pointId) {
        return JsonPaths.parse("""
                {"sessionAt":"2026-03-02T10:00:00Z","complaint":"Neck","complaintRegion":"HEAD_NECK","painBefore":6,
                 "points":[{"triggerPointId":"%s","pptBefore":{"value":2.5,"unit":"KGF_CM2"},
                            "pptAfter":{"value":3.0,"unit":"KGF_CM2"},"statusAfter":"LATENT",
                            "episodes":[{"kind":"COMPRESSION","pressureLevel":3,"pressure":{"value":2.0,"unit":"KGF_CM2"},
                                         "holdSeconds":60,"repetitions":2,"discomfort":2,"releaseReason":"TISSUE_RELEASED"}]}],
                 "assessment":"Tender","plan":"Weekly","painAfter":3,"reasons":{},
                 "homeCare":{"note":"Screen up","nextAppointment":"2026-03-09T10:00:00Z"}}""".formatted(pointId));
    }

    /** Pressures are shown in the practice's unit and reasons with their deviations: those are not compared. */
    static String noteView(String field) {
        if (field.matches(".*(pptBefore|pptAfter|pressure)(\\..*)?")
                || field.startsWith("reasons")
                || field.equals("besideOpenDraft")) {
            return null;
        }
        return field;
    }

    /** The flag that confirms another point beside those still treated on the muscle is no part of the point. */
    static String pointView(String field) {
        return field.equals("besideStillTreated") ? null : field;
    }

    /**
     * A body that says it means a new record beside those already there: the corpus makes many of them on one client,
     * each with the same muscle and side, and each note a draft of the same therapist.
     */
    static JsonObject beside(JsonObject body, String flag) {
        return jakarta.json.Json.createObjectBuilder(body).add(flag, true).build();
    }

    static JsonObject muscle(Api admin) {
        return JsonPaths.array(admin.get("api/muscles").body()).stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getString("code").equals(MUSCLE))
                .findFirst()
                .orElseThrow();
    }

    static void restore(Api admin, JsonObject settings, JsonObject selfCare, JsonObject muscle) {
        String current = "\"" + admin.get("api/practice-settings").json().getJsonNumber("version") + "\"";
        assertThat(admin.put(
                                "api/practice-settings",
                                """
                        {"ownClientsOnly":%s,"compressionDiscomfortThreshold":%d,"pressureUnit":"%s"}""".formatted(
                                                settings.getBoolean("ownClientsOnly"),
                                                settings.getInt("compressionDiscomfortThreshold"),
                                                settings.getString("pressureUnit")),
                                Map.of("If-Match", current))
                        .status())
                .isEqualTo(200);
        String letterheadVersion =
                "\"" + admin.get("api/practice-settings").json().getJsonNumber("version") + "\"";
        admin.put(
                "api/practice-settings/letterhead",
                JsonPaths.object(Map.of(
                                "practiceName", orNull(settings.get("practiceName")),
                                "practiceContact", orNull(settings.get("practiceContact")),
                                "contactPhone", orNull(settings.get("contactPhone"))))
                        .toString(),
                Map.of("If-Match", letterheadVersion));
        JsonObject care = admin.get("api/muscles/" + MUSCLE + "/self-care").json();
        admin.put(
                "api/muscles/" + MUSCLE + "/self-care",
                JsonPaths.object(Map.of(
                                "selfPressure", selfCare.get("selfPressure"),
                                "pressurePosition", selfCare.get("pressurePosition"),
                                "pressureTool", selfCare.get("pressureTool"),
                                "gentlePressure", selfCare.get("gentlePressure"),
                                "frequency", selfCare.get("frequency")))
                        .toString(),
                Map.of("If-Match", "\"" + care.getJsonNumber("version") + "\""));
        admin.put(
                "api/muscles/" + MUSCLE,
                JsonPaths.object(Map.of(
                                "referredPain", muscle.get("referredPain"),
                                "snomedCode", orNull(muscle.get("snomedCode"))))
                        .toString(),
                Map.of("If-Match", "\"" + muscle(admin).getJsonNumber("version") + "\""));
    }

    /** A field the view left out (JSON-B writes no nulls) as JSON null. */
    static JsonValue orNull(JsonValue value) {
        return value == null ? JsonValue.NULL : value;
    }
}
