package org.knotwork.charting;

import java.util.Arrays;
import java.util.List;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.VisibleText;

/**
 * A stretch in the therapist's own words for one point's home care: its name, its steps, the position it is done in
 * and whether it bends the spine forward under load — what the safety rules need to know about any stretch.
 */
public record OwnStretch(String name, List<String> steps, BodyPosition position, boolean loadsSpinalFlexion) {

    static final int MAX_STEPS = 8;

    public OwnStretch {
        if (!VisibleText.present(name) || name.strip().length() > 200) {
            throw new RuleViolationException("ownStretch.name", "Name the stretch (at most 200 characters).");
        }
        if (steps == null
                || steps.isEmpty()
                || steps.size() > MAX_STEPS
                || steps.stream().anyMatch(s -> !VisibleText.present(s) || s.contains("\n"))) {
            throw new RuleViolationException(
                    "ownStretch.steps",
                    "Describe the stretch in 1 to " + MAX_STEPS + " steps, none of them empty, one line each.");
        }
        if (String.join("\n", steps).length() > 2000) {
            throw new RuleViolationException("ownStretch.steps", "The stretch's steps are at most 2000 characters.");
        }
        if (position == null) {
            throw new RuleViolationException(
                    "ownStretch.position", "Say the position the stretch is done in, so its safety can be checked.");
        }
        name = name.strip();
        steps = steps.stream().map(String::strip).toList();
    }

    static OwnStretch stored(String name, String steps, BodyPosition position, Boolean loadsSpinalFlexion) {
        return name == null
                ? null
                : new OwnStretch(
                        name, Arrays.asList(steps.split("\n")), position, Boolean.TRUE.equals(loadsSpinalFlexion));
    }

    String joinedSteps() {
        return String.join("\n", steps);
    }
}
