package org.knotwork.practice;

/**
 * How the practice works: whether therapists see only the clients they look after, the compression discomfort above
 * which the chart flags a deviation, the unit pressures are entered in, and the country whose way of writing dates
 * the handouts follow (null: the sheet's language's own way).
 */
public record PracticeRules(
        boolean ownClientsOnly, int compressionDiscomfortThreshold, PressureUnit pressureUnit, DateRegion dateRegion) {}
