package org.knotwork.web.api.handout;

import java.time.Instant;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.handout.PressureTool;
import org.knotwork.handout.SelfCareEdition;
import org.knotwork.handout.SelfCareText;

/**
 * A muscle's self-care texts, with the version to send back when correcting them; for a translation, whether it is
 * behind the English (written before the English texts were last corrected and not confirmed since: sheets in its
 * language are refused until it is).
 */
public record SelfCareView(
        String muscle,
        String language,
        long version,
        String selfPressure,
        BodyPosition pressurePosition,
        PressureTool pressureTool,
        String gentlePressure,
        String frequency,
        Instant updatedAt,
        boolean behindEnglish) {

    static SelfCareView of(SelfCareEdition care) {
        SelfCareText text = care.text();
        return new SelfCareView(
                care.muscleCode(),
                care.language().code(),
                care.version(),
                text.selfPressure(),
                text.pressurePosition(),
                text.pressureTool(),
                text.gentlePressure(),
                text.frequency(),
                care.updatedAt(),
                care.behindEnglish());
    }
}
