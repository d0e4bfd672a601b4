package org.knotwork.proms;

/** A response's score and how many items were answered; {@code score} is absent when too few were to score it. */
public record Scored(Double score, int answered) {}
