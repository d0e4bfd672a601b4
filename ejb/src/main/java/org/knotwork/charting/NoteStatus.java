package org.knotwork.charting;

/** A draft can be edited by its author; a signed note never changes again, only gains amendments. */
public enum NoteStatus {
    DRAFT,
    SIGNED
}
