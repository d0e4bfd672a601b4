package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.knotwork.web.api.Api;

/** Points and notes a browser test starts from, charted through the API. */
final class SessionsByApi {

    private SessionsByApi() {}

    static String point(Api therapist, String clientId, String muscle, String side, double x, double y) {
        Api.Reply point =
                therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"%s","side":"%s","view":"POSTERIOR","x":%s,"y":%s,"status":"ACTIVE","besideStillTreated":true}""".formatted(muscle, side, x, y));
        assertThat(point.status()).as(point.toString()).isEqualTo(201);
        return point.json().getString("id");
    }

    /** A draft treating one new point with a whole compression, stretch and heat. */
    static String draft(Api therapist, String clientId) {
        String point = point(therapist, clientId, "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        return note(
                therapist,
                clientId,
                point,
                3,
                60,
                2,
                1,
                "\"Ear to shoulder\",\"holdSeconds\":30,\"repetitions\":3",
                "{\"kind\":\"HEAT\",\"modality\":\"WHEAT_BAG\",\"minutes\":8,\"skinChecked\":true}");
    }

    /** A note (draft) of one point; {@code heat} is the heat episode's JSON or empty for none. */
    static String note(
            Api therapist,
            String clientId,
            String pointId,
            int pressure,
            int hold,
            int repetitions,
            int discomfort,
            String stretch,
            String heat) {
        Api.Reply note = therapist.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"%s","complaint":"Neck pain","painBefore":6,"painAfter":3,"besideOpenDraft":true,
                 "points":[{"triggerPointId":"%s","episodes":[
                   {"kind":"COMPRESSION","pressureLevel":%d,"holdSeconds":%d,"repetitions":%d,"discomfort":%d,
                    "releaseReason":"TISSUE_RELEASED"},
                   {"kind":"STRETCH","stretch":%s,"breathingCoordinated":true,"forced":false}%s]}],
                 "reasons":{}}""".formatted(
                        java.time.Instant.now().minusSeconds(3600),
                        pointId,
                        pressure,
                        hold,
                        repetitions,
                        discomfort,
                        stretch,
                        heat.isEmpty() ? "" : "," + heat));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        return note.json().getString("id");
    }

    static void sign(Api therapist, String noteId) {
        Api.Reply note = therapist.get("api/notes/" + noteId);
        Api.Reply signed = therapist.send(
                "POST",
                "api/notes/" + noteId + "/signature",
                "application/json",
                null,
                Map.of("If-Match", "\"" + note.json().getInt("version") + "\""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
    }
}
