package org.knotwork.handout;

/** The paper a handout is laid out for: A4 in most of the world, US Letter in North America. */
public enum PaperSize {
    A4,
    LETTER
}
