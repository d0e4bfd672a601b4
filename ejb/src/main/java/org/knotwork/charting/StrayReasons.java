package org.knotwork.charting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.VisibleText;

/**
 * Refuses a reason given for a deviation the session does not show (a mistyped or invented key): it would be accepted
 * and then vanish, leaving the therapist believing a deviation was explained. Reasons the note already held and the
 * caller sent back unchanged are let through: an edit can make their deviation go away.
 */
final class StrayReasons {

    private StrayReasons() {}

    static void refuse(List<Deviation> deviations, Map<String, String> given, Map<String, String> held) {
        if (given == null) {
            return;
        }
        Set<String> shown = deviations.stream().map(Deviation::key).collect(Collectors.toSet());
        given.forEach((key, reason) -> {
            if (!shown.contains(key) && VisibleText.present(reason) && !reason.equals(held.get(key))) {
                throw new RuleViolationException(
                        "reasons." + key,
                        "This session shows no deviation " + key + "; give reasons only for the deviations the note"
                                + " lists.");
            }
        });
    }
}
