package org.knotwork.safety;

/** Inclusive bounds of a dose, with the value used when none is given. */
public record Range(int min, int max, int byDefault) {

    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
