package org.knotwork.handout;

/**
 * A handout as handed out: the PDF, a file name a person recognises (ASCII only, so every mail client and file system
 * keeps it), its SHA-256, and whether it is a draft's preview rather than an issued handout.
 */
public record HandoutPdf(byte[] pdf, String fileName, String sha256, boolean preview) {}
