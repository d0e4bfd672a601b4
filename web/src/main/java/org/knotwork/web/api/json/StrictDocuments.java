package org.knotwork.web.api.json;

/**
 * Bodies that are not a form's JSON but a document of another standard (a CSV file of clients, a FHIR
 * Questionnaire), read as strictly as forms are before their own readers see them: UTF-8 with no NUL, control
 * character or half a character; JSON also without a byte order mark, as exactly one object, no key twice, nothing
 * after it (a spreadsheet's CSV often starts with a byte order mark, which its reader skips). A
 * lenient decoder would turn broken bytes into replacement characters and store them as if they had been sent.
 */
public final class StrictDocuments {

    /** How deep a FHIR resource may nest: far deeper than a form, as questionnaires nest items in items. */
    static final int FHIR_LEVELS = 64;

    private StrictDocuments() {}

    /** The body as text, or a 400 problem saying what is wrong with its bytes. */
    public static String text(byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        boolean bom =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        String text = JsonDocument.utf8(bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes);
        String problem = TextCheck.problem(text);
        if (problem != null) {
            throw InvalidInputException.body("The request body " + problem);
        }
        return text;
    }

    /** The body as the text of one JSON object, or a 400 problem naming what is wrong and where. */
    public static String jsonObject(byte[] body) {
        JsonDocument.parse(body == null ? new byte[0] : body, FHIR_LEVELS);
        return JsonDocument.utf8(body);
    }
}
