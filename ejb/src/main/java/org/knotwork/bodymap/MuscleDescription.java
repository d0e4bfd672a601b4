package org.knotwork.bodymap;

/** What an administrator may correct about a catalogue muscle: its referred pain and its SNOMED CT code. */
public record MuscleDescription(String referredPain, String snomedCode) {}
