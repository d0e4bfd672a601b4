package org.knotwork.charting;

/** A draft can be edited by its author; a signed note never changes again, only gains amendments. */
public enum NoteStatus {
    DRAFT("Draft"),
    SIGNED("Signed");

    private final String label;

    NoteStatus(String label) {
        this.label = label;
    }

    /** The status as the chart and the note show it. */
    public String label() {
        return label;
    }
}
