package org.knotwork.handout;

import org.knotwork.bodymap.BodyPosition;
import org.knotwork.platform.RuleViolationException;

/**
 * What a client is taught to do at home for one muscle besides its stretches: how to press the point themselves (in
 * what position, with the hand or a ball), a gentle version with the fingertips only for clients who need it, and
 * how often. Checked here so that an administrator's edit cannot leave a muscle without instructions, or give it a
 * gentle version that sends a client to lie flat or face down.
 */
public record SelfCareText(
        String selfPressure,
        BodyPosition pressurePosition,
        PressureTool pressureTool,
        String gentlePressure,
        String frequency) {

    public SelfCareText {
        selfPressure = required("selfPressure", "How to press the point", selfPressure, 1000);
        gentlePressure = required("gentlePressure", "The gentle, fingertip version", gentlePressure, 1000);
        frequency = required("frequency", "How often", frequency, 300);
        if (pressurePosition == null) {
            throw new RuleViolationException(
                    "pressurePosition", "Say the position the self-pressure is done in, so its safety can be checked.");
        }
        if (pressureTool == null) {
            throw new RuleViolationException("pressureTool", "Say whether the self-pressure uses the hand or a ball.");
        }
    }

    /**
     * What a translation is written from, as a SHA-256 (hex) of the texts, position and tool joined by U+001F; the
     * same as sql/V61 computes for the shipped translations.
     */
    public String digest() {
        String joined = String.join(
                "\u001f", selfPressure, pressurePosition.name(), pressureTool.name(), gentlePressure, frequency);
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(joined.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
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
