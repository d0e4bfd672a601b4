package org.knotwork.proms;

/**
 * One item as the client answered it: the item's {@code linkId}, its text where the client supplies it (a PSFS
 * activity is named by the client) and the value chosen; {@code value} is absent when the item was skipped.
 */
public record Answer(String linkId, String text, Integer value) {

    public boolean skipped() {
        return value == null;
    }
}
