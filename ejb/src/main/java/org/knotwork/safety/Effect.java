package org.knotwork.safety;

/** What a rule does: flags the session, or changes what the home-care sheet prints. */
public enum Effect {
    /** A deviation that needs the therapist's reason before signing. */
    DEVIATION,
    /** A deviation that needs a recorded medical clearance (who, when), or else a reason. */
    CLEARANCE,
    /** Left out of the home-care sheet, with a plain sentence saying why. */
    WITHHOLD,
    /** Printed in a safer version, with a plain sentence saying why. */
    VARIANT;

    public boolean inSession() {
        return this == DEVIATION || this == CLEARANCE;
    }
}
