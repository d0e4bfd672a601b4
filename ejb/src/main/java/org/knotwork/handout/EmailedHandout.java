package org.knotwork.handout;

import java.time.Instant;

/** A sheet e-mailed to a client: to which address, when, which file, and the SHA-256 of the PDF sent. */
public record EmailedHandout(String sentTo, String sha256, Instant sentAt, String fileName) {}
