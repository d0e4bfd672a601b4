package org.knotwork.web.api.handout;

import java.time.Instant;
import java.util.List;
import org.knotwork.handout.SelfCareEdition;

/** A muscle's self-care texts, with the version to send back when correcting them. */
public record SelfCareView(
        String muscle,
        String language,
        long version,
        String selfPressure,
        String stretchName,
        List<String> stretchSteps,
        String frequency,
        Instant updatedAt) {

    static SelfCareView of(SelfCareEdition care) {
        return new SelfCareView(
                care.muscleCode(),
                care.language().code(),
                care.version(),
                care.text().selfPressure(),
                care.text().stretchName(),
                care.text().stretchSteps(),
                care.text().frequency(),
                care.updatedAt());
    }
}
