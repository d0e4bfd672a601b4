package org.knotwork.web.api.charting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.Episode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.charting.StretchEpisode;
import org.knotwork.security.PressureUnit;

/**
 * One episode as sent: {@code kind} says which stage, and the fields of that stage carry its dosage. The domain
 * checks the ranges; its messages name the field.
 */
public class EpisodeForm {

    public enum Kind {
        COMPRESSION,
        STRETCH,
        HEAT
    }

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
        return switch (kind) {
            case COMPRESSION ->
                new CompressionEpisode(
                        pressureLevel,
                        PressureForm.kpa(pressure, practiceUnit),
                        holdSeconds,
                        repetitions,
                        discomfort,
                        releaseReason);
            case STRETCH ->
                new StretchEpisode(
                        stretch, holdSeconds, repetitions, Boolean.TRUE.equals(breathingCoordinated), isTrue(forced));
            case HEAT -> new HeatEpisode(modality, minutes, isTrue(skinChecked));
        };
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
