package org.knotwork.web.api.corpus;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A body wrong as a whole, whatever the form: not one JSON object, not UTF-8, too large, not JSON at all. */
record BodyCase(String name, byte[] body, String contentType, int status) {

    static List<BodyCase> of(JsonObject base) {
        String json = base.toString();
        return List.of(
                text("a list of bodies", "[" + json + "]", 400),
                text("two documents", json + json, 400),
                text("an empty body", "", 400),
                text("null", "null", 400),
                text("a number", "42", 400),
                text("text", "\"hello\"", 400),
                text("a cut-off document", json.substring(0, json.length() / 2), 400),
                text("a document nested beyond any form", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}", 400),
                new BodyCase(
                        "a byte order mark",
                        bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json),
                        "application/json",
                        400),
                new BodyCase("bytes that are not UTF-8", notUtf8(json), "application/json", 400),
                new BodyCase(
                        "latin-1 declared",
                        json.getBytes(StandardCharsets.ISO_8859_1),
                        "application/json; charset=ISO-8859-1",
                        415),
                new BodyCase(
                        "not JSON",
                        "given=Ada".getBytes(StandardCharsets.UTF_8),
                        "application/x-www-form-urlencoded",
                        415),
                text("larger than any record", "{\"padding\":\"" + "x".repeat(300 * 1024) + "\"}", 413));
    }

    private static BodyCase text(String name, String body, int status) {
        return new BodyCase(name, body.getBytes(StandardCharsets.UTF_8), "application/json", status);
    }

    private static byte[] bytes(byte[] prefix, String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The document with a byte that starts a two-byte character followed by one that cannot continue it. */
    private static byte[] notUtf8(String json) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.indexOf(":\"") + 2;
        byte[] broken = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, broken, 0, quote);
        broken[quote] = (byte) 0xC3;
        broken[quote + 1] = (byte) 0x28;
        System.arraycopy(utf8, quote, broken, quote + 2, utf8.length - quote);
        return broken;
    }
}
