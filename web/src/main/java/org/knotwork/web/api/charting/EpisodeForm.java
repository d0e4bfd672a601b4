package org.knotwork.web.api.charting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.Episode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.charting.StretchEpisode;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.PressureUnit;
import org.knotwork.web.api.json.JsonForm;

/**
 * One episode as sent: {@code kind} says which stage, and the fields of that stage carry its dosage. A field of
 * another stage is refused rather than dropped, and a stage's yes-or-no facts must be given: a stretch left without
 * "forced" would otherwise be recorded as not forced. The domain checks the ranges; its messages name the field.
 */
public class EpisodeForm extends JsonForm {

    public enum Kind {
        COMPRESSION("Compression"),
        STRETCH("Stretch"),
        HEAT("Heat");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The stage as the note lists it. */
        public String label() {
            return label;
        }
    }

    /** The fields each stage takes, and those of them that must be given. */
    private static final Map<Kind, Set<String>> FIELDS = Map.of(
            Kind.COMPRESSION,
            Set.of("kind", "pressureLevel", "pressure", "holdSeconds", "repetitions", "discomfort", "releaseReason"),
            Kind.STRETCH,
            Set.of("kind", "stretch", "holdSeconds", "repetitions", "breathingCoordinated", "forced"),
            Kind.HEAT,
            Set.of("kind", "modality", "minutes", "skinChecked"));

    private static final Map<Kind, List<String>> YES_OR_NO = Map.of(
            Kind.COMPRESSION, List.of(),
            Kind.STRETCH, List.of("breathingCoordinated", "forced"),
            Kind.HEAT, List.of("skinChecked"));

    @NotNull(message = "Say which stage this is: COMPRESSION, STRETCH or HEAT.")
    public Kind kind;

    public Integer pressureLevel;

    @Valid
    public PressureForm pressure;

    public Integer holdSeconds;
    public Integer repetitions;
    public Integer discomfort;
    public ReleaseReason releaseReason;

    public String stretch;
    public Boolean breathingCoordinated;
    public Boolean forced;

    public HeatModality modality;
    public Integer minutes;
    public Boolean skinChecked;

    Episode toEpisode(PressureUnit practiceUnit) {
        for (String field : List.of(
                "pressureLevel",
                "pressure",
                "holdSeconds",
                "repetitions",
                "discomfort",
                "releaseReason",
                "stretch",
                "breathingCoordinated",
                "forced",
                "modality",
                "minutes",
                "skinChecked")) {
            if (sent(field) && !FIELDS.get(kind).contains(field)) {
                throw new RuleViolationException(
                        field, "A " + kind.name().toLowerCase() + " episode has no " + field + "; leave it out.");
            }
        }
        for (String field : YES_OR_NO.get(kind)) {
            if (!sent(field) || yesOrNo(field) == null) {
                throw new RuleViolationException(field, "Say whether " + describe(field) + ": true or false.");
            }
        }
        return switch (kind) {
            case COMPRESSION ->
                new CompressionEpisode(
                        pressureLevel,
                        PressureForm.kpa(pressure, practiceUnit),
                        holdSeconds,
                        repetitions,
                        discomfort,
                        releaseReason);
            case STRETCH -> new StretchEpisode(stretch, holdSeconds, repetitions, breathingCoordinated, forced);
            case HEAT -> new HeatEpisode(modality, minutes, skinChecked);
        };
    }

    private Boolean yesOrNo(String field) {
        return switch (field) {
            case "breathingCoordinated" -> breathingCoordinated;
            case "forced" -> forced;
            default -> skinChecked;
        };
    }

    private static String describe(String field) {
        return switch (field) {
            case "breathingCoordinated" -> "breathing was coordinated with the stretch";
            case "forced" -> "the stretch was forced";
            default -> "the skin was checked during the heat";
        };
    }
}
