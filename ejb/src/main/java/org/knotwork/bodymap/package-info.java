/**
 * The body map: the muscle catalogue and the trigger points charted on a client's body, with their status history.
 * Knows clients, never treatment notes: sessions build on this floor, not the other way round.
 */
package org.knotwork.bodymap;
