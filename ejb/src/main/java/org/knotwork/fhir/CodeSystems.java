package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Region;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.proms.Measure;
import org.knotwork.proms.MeasureItem;
import org.knotwork.proms.Pgic;
import org.knotwork.safety.DeviationType;

/**
 * Knotwork's code systems as FHIR CodeSystems. The codes are the ones the REST API exchanges, taken from their Java
 * enums (or, for muscles and loaded questionnaires, from the practice's catalogue), so the copies cannot drift.
 */
final class CodeSystems {

    record Concept(String code, String display, String definition) {}

    private CodeSystems() {}

    static List<JsonObject> all(List<Conformance.MuscleCode> muscles, List<Measure> measures) {
        List<JsonObject> systems = new ArrayList<>();
        systems.add(of(
                "technique",
                "Treatment techniques",
                "The stages of trigger-point treatment, each mapped to SNOMED CT 91251008 by a ConceptMap.",
                Arrays.stream(Technique.values())
                        .map(t -> new Concept(t.name(), t.display(), t.definition()))
                        .toList()));
        systems.add(of(
                "muscle",
                "Muscle catalogue",
                "The muscles a trigger point is charted in; SNOMED CT is given beside where the catalogue has it.",
                muscles.stream()
                        .map(m -> new Concept(m.code(), m.name(), m.name()))
                        .toList()));
        systems.add(enumSystem("body-view", "Body-map views", "The drawings a point is placed on.", BodyView.values()));
        systems.add(enumSystem(
                "trigger-point-status",
                "Trigger point status",
                "Active: causes the client's pain; latent: tender but quiet; resolved: gone (it may recur).",
                PointStatus.values()));
        systems.add(enumSystem(
                "body-region",
                "Body regions",
                "Where a main complaint is filed, as the catalogue groups muscles.",
                Region.values()));
        systems.add(enumSystem("heat-modality", "Heat modalities", "What gave the heat.", HeatModality.values()));
        systems.add(enumSystem(
                "release-reason", "Release reasons", "Why a compression hold ended.", ReleaseReason.values()));
        systems.add(of(
                "protocol-deviation",
                "Protocol deviations",
                "Departures from the compression → stretch → heat protocol that a note records with a reason.",
                Arrays.stream(DeviationType.values())
                        .map(t -> new Concept(
                                t.name(), t.title(), "The protocol asks otherwise because " + t.why() + "."))
                        .toList()));
        systems.add(of(
                "observation",
                "Knotwork observations",
                "What Knotwork measures that has no LOINC code of its own, or needs the moment said.",
                List.of(
                        new Concept(Codes.PAIN_BEFORE, "Pain before the session (0–10)", "NPRS rated at the start."),
                        new Concept(Codes.PAIN_AFTER, "Pain after the session (0–10)", "NPRS rated at the end."),
                        new Concept(
                                Codes.PPT_BEFORE,
                                "Pressure-pain threshold before treatment",
                                "Algometer reading at which pressure on the point first becomes painful, in kPa."),
                        new Concept(
                                Codes.PPT_AFTER,
                                "Pressure-pain threshold after treatment",
                                "The same reading after the point's treatment, in kPa."))));
        systems.add(of(
                "questionnaire-score",
                "Questionnaire scores",
                "The score of each outcome questionnaire Knotwork shipped or the practice loaded.",
                measures.stream()
                        .map(m -> new Concept(m.code(), m.title(), "Scored as: " + m.scoringRule() + "."))
                        .toList()));
        systems.add(of(
                "pgic-answer",
                "PGIC answers",
                "The seven answers of the Patient Global Impression of Change.",
                new Pgic()
                        .items().get(0).options().stream()
                                .map(MeasureItem.Option::value)
                                .map(v -> new Concept(String.valueOf(v), Pgic.label(v), Pgic.label(v)))
                                .toList()));
        return systems;
    }

    private static JsonObject enumSystem(String id, String title, String description, Enum<?>[] values) {
        return of(
                id,
                title,
                description,
                Arrays.stream(values)
                        .map(v -> new Concept(v.name(), words(v.name()), words(v.name())))
                        .toList());
    }

    static String words(String code) {
        String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static JsonObject of(String id, String title, String description, List<Concept> concepts) {
        JsonArrayBuilder list = J.array();
        for (Concept c : concepts) {
            list.add(
                    J.object().add("code", c.code()).add("display", c.display()).add("definition", c.definition()));
        }
        return J.resource("CodeSystem", id)
                .add("url", Fhir.CODE_SYSTEM + id)
                .add("version", Conformance.VERSION)
                .add("name", StructureDefinitions.name(id))
                .add("title", title)
                .add("status", "active")
                .add("publisher", Conformance.PUBLISHER)
                .add("description", description)
                .add("caseSensitive", true)
                .add("content", "complete")
                .add("count", concepts.size())
                .add("concept", list)
                .build();
    }
}
