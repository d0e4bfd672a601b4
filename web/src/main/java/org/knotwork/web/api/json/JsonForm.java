package org.knotwork.web.api.json;

import java.util.HashSet;
import java.util.Set;

/**
 * What every request body's form extends: a class with public fields, read by {@link StrictJsonReader}, which also
 * remembers which fields the caller sent. A field left out and a field sent as {@code null} are different things: a
 * save of a whole record (PUT) keeps what the caller left out, and empties what it sent as null.
 */
public abstract class JsonForm {

    private final Set<String> sent = new HashSet<>();

    /** Whether the caller sent this field (with a value or as null). */
    public boolean sent(String field) {
        return sent.contains(field);
    }

    void markSent(String field) {
        sent.add(field);
    }
}
