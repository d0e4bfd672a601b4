package org.knotwork.handout;

import java.util.Arrays;
import java.util.List;
import org.knotwork.platform.RuleViolationException;

/**
 * What a client is taught to do at home for one muscle: how to press the point themselves, the stretch by name and
 * in steps, and how often. Checked here so that an administrator's edit cannot leave a muscle without instructions.
 */
public record SelfCareText(String selfPressure, String stretchName, List<String> stretchSteps, String frequency) {

    static final int MAX_STEPS = 8;

    public SelfCareText {
        selfPressure = required("selfPressure", "How to press the point", selfPressure, 1000);
        stretchName = required("stretchName", "The stretch's name", stretchName, 200);
        frequency = required("frequency", "How often", frequency, 300);
        if (stretchSteps == null
                || stretchSteps.isEmpty()
                || stretchSteps.size() > MAX_STEPS
                || stretchSteps.stream().anyMatch(step -> step == null || step.isBlank())) {
            throw new RuleViolationException(
                    "stretchSteps", "Describe the stretch in 1 to " + MAX_STEPS + " steps, none of them empty.");
        }
        stretchSteps = stretchSteps.stream().map(String::strip).toList();
        if (joined(stretchSteps).length() > 2000) {
            throw new RuleViolationException("stretchSteps", "The stretch's steps are at most 2000 characters.");
        }
        if (stretchSteps.stream().anyMatch(step -> step.contains("\n"))) {
            throw new RuleViolationException("stretchSteps", "Give each step as its own line, without line breaks.");
        }
    }

    /** As stored: one step per line. */
    static SelfCareText stored(String selfPressure, String stretchName, String steps, String frequency) {
        return new SelfCareText(selfPressure, stretchName, Arrays.asList(steps.split("\n")), frequency);
    }

    String joinedSteps() {
        return joined(stretchSteps);
    }

    private static String joined(List<String> steps) {
        return String.join("\n", steps);
    }

    private static String required(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, label + " is required.");
        }
        if (value.strip().length() > max) {
            throw new RuleViolationException(field, label + " is at most " + max + " characters.");
        }
        return value.strip();
    }
}
