package org.knotwork.security;

/** The top of the clients' handouts: the practice's name and how to reach it; both optional. */
public record Letterhead(String practiceName, String practiceContact) {}
