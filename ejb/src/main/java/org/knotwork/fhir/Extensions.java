package org.knotwork.fhir;

import java.util.List;
import org.knotwork.proms.MeasureCatalogue;

/**
 * The extensions Knotwork defines, written once: the mappings use their URLs and {@link StructureDefinitions} publishes
 * them as FHIR StructureDefinitions (served, and listed in docs/interoperability.md).
 */
final class Extensions {

    /** A value of an extension, or one part of a complex one. */
    record Part(String name, String type, String target, int min, String description) {}

    record Definition(
            String id, String title, String description, List<String> contexts, Part value, List<Part> parts) {

        String url() {
            return Fhir.EXTENSION + id;
        }
    }

    static final Definition BODY_MAP_PLACE = new Definition(
            "body-map-place",
            "Place on the body map",
            "Where the trigger point was charted on Knotwork's body-map drawing: the view, and x and y normalised to"
                    + " 0–1 (x from the viewer's left, y from the top of the head to the soles).",
            List.of("BodyStructure"),
            null,
            List.of(
                    new Part("view", "Coding", null, 1, "The drawing: anterior, posterior, lateral left or right."),
                    new Part("x", "decimal", null, 1, "Across the drawing, 0 at the viewer's left, 1 at the right."),
                    new Part("y", "decimal", null, 1, "Down the drawing, 0 at the top of the head, 1 at the soles.")));

    static final Definition POINT_STATUS = new Definition(
            "trigger-point-status",
            "Trigger point status",
            "Whether the trigger point is active, latent or resolved.",
            List.of("BodyStructure"),
            new Part("value", "Coding", null, 1, "Active, latent or resolved."),
            List.of());

    static final Definition BODY_STRUCTURE = new Definition(
            "body-structure",
            "The trigger point measured or treated",
            "Points an Observation's or a Procedure's body site at the BodyStructure of the trigger point (FHIR R4 has"
                    + " no element for it).",
            List.of("Observation.bodySite", "Procedure.bodySite"),
            new Part("value", "Reference", "BodyStructure", 1, "The trigger point."),
            List.of());

    static final Definition EPISODE_SEQUENCE = new Definition(
            "episode-sequence",
            "Order in the session",
            "The position of this episode among all episodes of the session (1 first): how the order of compression,"
                    + " stretch and heat is seen.",
            List.of("Procedure"),
            new Part("value", "positiveInt", null, 1, "1 for the session's first episode."),
            List.of());

    static final Definition COMPRESSION_DOSAGE = new Definition(
            "compression-dosage",
            "Ischemic compression dosage",
            "The dose of an ischemic compression: pressure (0–10 and/or an algometer reading in kPa), hold time,"
                    + " repetitions, the client's discomfort (0–10) and why the hold ended.",
            List.of("Procedure"),
            null,
            List.of(
                    new Part("pressureLevel", "integer", null, 0, "Pressure on the therapist's 0–10 scale."),
                    new Part("pressure", "Quantity", null, 0, "Algometer reading in kPa."),
                    new Part("hold", "Quantity", null, 1, "Hold time in seconds."),
                    new Part("repetitions", "positiveInt", null, 1, "Repetitions."),
                    new Part("discomfort", "integer", null, 1, "The client's discomfort during the hold, 0–10."),
                    new Part("releaseReason", "Coding", null, 0, "Why the hold ended.")));

    static final Definition STRETCH_DOSAGE = new Definition(
            "stretch-dosage",
            "Stretch dosage",
            "The stretch applied after compression: which, hold time, repetitions, breathing, whether it was forced.",
            List.of("Procedure"),
            null,
            List.of(
                    new Part("stretch", "string", null, 1, "The stretch, as the therapist named it."),
                    new Part("hold", "Quantity", null, 1, "Hold time in seconds."),
                    new Part("repetitions", "positiveInt", null, 1, "Repetitions."),
                    new Part("breathingCoordinated", "boolean", null, 1, "The client breathed out with each increase."),
                    new Part("forced", "boolean", null, 1, "The stretch was forced (a protocol deviation).")));

    static final Definition HEAT_DOSAGE = new Definition(
            "heat-dosage",
            "Heat dosage",
            "The gentle heat applied last: what gave it, for how long, and whether the skin was checked.",
            List.of("Procedure"),
            null,
            List.of(
                    new Part("modality", "Coding", null, 1, "Heat pack, wheat bag, hot water bottle or other."),
                    new Part("duration", "Quantity", null, 1, "Minutes of heat (the protocol asks 5 to 10)."),
                    new Part("skinChecked", "boolean", null, 1, "The skin was checked.")));

    static final Definition PROTOCOL_DEVIATION = new Definition(
            "protocol-deviation",
            "Protocol deviation",
            "A departure from the treatment protocol found in this episode, its explanation and the therapist's"
                    + " reason, recorded before the note was signed.",
            List.of("Procedure"),
            null,
            List.of(
                    new Part("type", "Coding", null, 1, "Which departure."),
                    new Part("explanation", "string", null, 1, "What was found and why the protocol asks otherwise."),
                    new Part("reason", "string", null, 0, "The therapist's reason.")));

    static final Definition SHA256 = new Definition(
            "sha256",
            "SHA-256 of the document",
            "The SHA-256 (hexadecimal) of the PDF handed to the client; reissuing it gives the same bytes.",
            List.of("Attachment"),
            new Part("value", "string", null, 1, "64 hexadecimal digits."),
            List.of());

    static final Definition QUESTIONNAIRE_SCORING = new Definition(
            MeasureCatalogue.SCORING_EXTENSION.substring(Fhir.EXTENSION.length()),
            "Questionnaire scoring",
            "How Knotwork scores a questionnaire a practice loads: the method (sum, mean, percent-of-max-answered,"
                    + " percent-of-range-answered), how many items must be answered to score it, the clinically"
                    + " important change and whether higher or lower scores are better. Skipped items are left out.",
            List.of("Questionnaire"),
            null,
            List.of(
                    new Part(
                            "method",
                            "code",
                            null,
                            1,
                            "sum | mean | percent-of-max-answered | percent-of-range-answered"),
                    new Part("minimumAnswered", "integer", null, 0, "Items that must be answered (default: all)."),
                    new Part("importantChange", "decimal", null, 1, "The smallest change in the score that matters."),
                    new Part("betterWhen", "code", null, 1, "higher | lower")));

    static final List<Definition> ALL = List.of(
            BODY_MAP_PLACE,
            POINT_STATUS,
            BODY_STRUCTURE,
            EPISODE_SEQUENCE,
            COMPRESSION_DOSAGE,
            STRETCH_DOSAGE,
            HEAT_DOSAGE,
            PROTOCOL_DEVIATION,
            SHA256,
            QUESTIONNAIRE_SCORING);

    private Extensions() {}
}
