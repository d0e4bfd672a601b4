package org.knotwork.dev;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Two signed sessions for the demo practice's first client, so the body map, the session history and the progress
 * charts have something to show: three points on the neck and shoulders, the second session better than the first.
 */
final class DemoSessions {

    /** The demo loader's signed-in call: method, path under /api, JSON body or null, the status expected. */
    interface Calls {
        String send(String method, String path, String json, int expectedStatus, String ifMatch)
                throws IOException, InterruptedException;
    }

    private DemoSessions() {}

    static void chart(Calls api, String clientId) throws IOException, InterruptedException {
        String trapezius = point(api, clientId, "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17, "ACTIVE");
        String levator = point(api, clientId, "LEVATOR_SCAPULAE", "RIGHT", 0.56, 0.16, "ACTIVE");
        String infraspinatus = point(api, clientId, "INFRASPINATUS", "LEFT", 0.41, 0.24, "LATENT");
        Instant today = Instant.now().truncatedTo(ChronoUnit.HOURS);
        sign(api, clientId, today.minus(14, ChronoUnit.DAYS), 7, 4, """
                [%s,%s]""".formatted(
                        treated(trapezius, 2.1, 2.6, "ACTIVE", 2), treated(levator, 2.4, 2.8, "LATENT", 2)));
        sign(api, clientId, today.minus(7, ChronoUnit.DAYS), 5, 2, """
                [%s,%s,%s]""".formatted(
                        treated(trapezius, 2.7, 3.2, "LATENT", 2),
                        treated(levator, 2.9, 3.3, "LATENT", 1),
                        treated(infraspinatus, 3.0, 3.4, "RESOLVED", 1)));
    }

    private static String point(
            Calls api, String clientId, String muscle, String side, double x, double y, String status)
            throws IOException, InterruptedException {
        String json = api.send(
                "POST",
                "clients/" + clientId + "/trigger-points",
                """
                {"muscle":"%s","side":"%s","view":"POSTERIOR","x":%s,"y":%s,"status":"%s",
                 "criteria":{"tautBand":"YES","spotTenderness":"YES","recognisedPain":"YES"}}""".formatted(muscle, side, x, y, status),
                201,
                null);
        return read(json).getString("id");
    }

    private static String treated(String pointId, double before, double after, String statusAfter, int discomfort) {
        return """
                {"triggerPointId":"%s","pptBefore":{"value":%s,"unit":"KGF_CM2"},"pptAfter":{"value":%s,"unit":"KGF_CM2"},
                 "statusAfter":"%s","episodes":[
                  {"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":%d,
                   "releaseReason":"TISSUE_RELEASED"},
                  {"kind":"STRETCH","stretch":"Slow passive stretch","holdSeconds":30,"repetitions":3,
                   "breathingCoordinated":true,"forced":false},
                  {"kind":"HEAT","modality":"HEAT_PACK","minutes":8,"skinChecked":true}]}""".formatted(pointId, before, after, statusAfter, discomfort);
    }

    private static void sign(Calls api, String clientId, Instant at, int painBefore, int painAfter, String points)
            throws IOException, InterruptedException {
        JsonObject note = read(api.send(
                "POST", "clients/" + clientId + "/notes", """
                {"sessionAt":"%s","complaint":"Neck and shoulder pain after desk work","painBefore":%d,"painAfter":%d,
                 "points":%s,"assessment":"Points softened under compression","plan":"Weekly; chin tucks at home"}""".formatted(at, painBefore, painAfter, points), 201, null));
        api.send(
                "POST",
                "notes/" + note.getString("id") + "/signature",
                null,
                200,
                "\"" + note.getInt("version") + "\"");
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
