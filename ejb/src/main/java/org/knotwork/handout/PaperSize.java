package org.knotwork.handout;

/** The paper a handout is laid out for: A4 in most of the world, US Letter in North America. */
public enum PaperSize {
    A4("A4"),
    LETTER("US Letter");

    private final String label;

    PaperSize(String label) {
        this.label = label;
    }

    /** The paper as a person choosing it reads it. */
    public String label() {
        return label;
    }
}
