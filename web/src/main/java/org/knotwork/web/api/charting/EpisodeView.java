package org.knotwork.web.api.charting;

import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.Episode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.charting.StretchEpisode;
import org.knotwork.practice.PressureUnit;

/** An episode with the dosage of its stage; the other stages' fields are absent. */
public record EpisodeView(
        int seq,
        EpisodeForm.Kind kind,
        Integer pressureLevel,
        PressureView pressure,
        Integer holdSeconds,
        Integer repetitions,
        Integer discomfort,
        ReleaseReason releaseReason,
        String stretch,
        Boolean breathingCoordinated,
        Boolean forced,
        HeatModality modality,
        Integer minutes,
        Boolean skinChecked) {

    static EpisodeView of(Episode episode, PressureUnit unit) {
        if (episode instanceof CompressionEpisode c) {
            return new EpisodeView(
                    c.seq(),
                    EpisodeForm.Kind.COMPRESSION,
                    c.pressureLevel(),
                    PressureView.of(c.pressureKpa(), unit),
                    c.holdSeconds(),
                    c.repetitions(),
                    c.discomfort(),
                    c.releaseReason(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (episode instanceof StretchEpisode s) {
            return new EpisodeView(
                    s.seq(),
                    EpisodeForm.Kind.STRETCH,
                    null,
                    null,
                    s.holdSeconds(),
                    s.repetitions(),
                    null,
                    null,
                    s.stretch(),
                    s.breathingCoordinated(),
                    s.forced(),
                    null,
                    null,
                    null);
        }
        HeatEpisode h = (HeatEpisode) episode;
        return new EpisodeView(
                h.seq(),
                EpisodeForm.Kind.HEAT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                h.modality(),
                h.minutes(),
                h.skinChecked());
    }
}
