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
        selfPressure = Wording.SELF_PRESSURE.required(selfPressure);
        gentlePressure = Wording.GENTLE_PRESSURE.required(gentlePressure);
        frequency = Wording.FREQUENCY.required(frequency);
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

    /**
     * What changed from this to {@code next}, old → new, for the audit trail: each text shortened to the words that
     * differ, "nothing changed" when nothing did.
     */
    public String changesTo(SelfCareText next) {
        java.util.List<String> changed = new java.util.ArrayList<>();
        for (Wording wording : Wording.values()) {
            String before = wording.of(this);
            String after = wording.of(next);
            if (!before.equals(after)) {
                changed.add(wording.field() + " " + AuditExcerpt.change(before, after));
            }
        }
        if (pressurePosition != next.pressurePosition) {
            changed.add("pressurePosition " + pressurePosition + " → " + next.pressurePosition);
        }
        if (pressureTool != next.pressureTool) {
            changed.add("pressureTool " + pressureTool + " → " + next.pressureTool);
        }
        return changed.isEmpty() ? "nothing changed" : AuditExcerpt.line(changed);
    }

    /** The three texts, each with its field, what staff call it, and its longest length. */
    enum Wording {
        SELF_PRESSURE("selfPressure", "How to press the point", 1000),
        GENTLE_PRESSURE("gentlePressure", "The gentle, fingertip version", 1000),
        FREQUENCY("frequency", "How often", 300);

        private final String field;
        private final String label;
        private final int max;

        Wording(String field, String label, int max) {
            this.field = field;
            this.label = label;
            this.max = max;
        }

        String field() {
            return field;
        }

        String label() {
            return label;
        }

        String of(SelfCareText text) {
            return switch (this) {
                case SELF_PRESSURE -> text.selfPressure();
                case GENTLE_PRESSURE -> text.gentlePressure();
                case FREQUENCY -> text.frequency();
            };
        }

        private String required(String value) {
            if (value == null || value.isBlank()) {
                throw new RuleViolationException(field, label + " is required.");
            }
            if (value.strip().length() > max) {
                throw new RuleViolationException(field, label + " is at most " + max + " characters.");
            }
            return value.strip();
        }
    }
}
