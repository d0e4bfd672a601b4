package org.knotwork.proms;

/** When a questionnaire was answered: at intake (the baseline, before treatment) or at a session. */
public enum Occasion {
    INTAKE,
    SESSION
}
