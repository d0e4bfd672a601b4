package org.knotwork.practice;

/**
 * How the practice works: whether therapists see only the clients they look after, the compression discomfort above
 * which the chart flags a deviation, and the unit pressures are entered in.
 */
public record PracticeRules(boolean ownClientsOnly, int compressionDiscomfortThreshold, PressureUnit pressureUnit) {}
