package org.knotwork.charting;

import java.time.Instant;

/**
 * What the therapist tells this client personally to do at home, and when they come back; both optional. Printed on
 * the client's home-care handout, and final with the note once it is signed.
 */
public record HomeCare(String note, Instant nextAppointment) {

    public static final HomeCare NONE = new HomeCare(null, null);
}
