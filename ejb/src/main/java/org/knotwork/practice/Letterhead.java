package org.knotwork.practice;

/**
 * The top of the clients' handouts: the practice's name and address lines (optional), and the phone number a client
 * calls with a worry, which every handout prints in its safety box.
 */
public record Letterhead(String practiceName, String practiceContact, String contactPhone) {}
