package org.knotwork.web.api.corpus;

import jakarta.json.JsonObject;

/**
 * One change to a valid body. Either the field at {@code target} is set to {@code rawJson} (raw JSON text, which may
 * be what no JSON library writes) or left out when that is null; or, with {@code extraKey}, the object at {@code
 * target} gains a member of that name first (an unknown field, a key given twice). {@code field} is where a refusal
 * must point: that field, or the object or list holding it.
 */
record Mutation(String name, String target, String rawJson, String extraKey, Expect expect, String field) {

    /** What must come of it. */
    enum Expect {
        /** 4xx problem+json naming the field; nothing written; no success on the audit trail. */
        REFUSED,
        /** Either refused as above, or 2xx storing exactly what was sent (a bound the domain may draw tighter). */
        EITHER,
        /** 2xx, and the field keeps the value it had (a save that leaves it out). */
        KEPT
    }

    static Mutation set(String name, String target, String rawJson, Expect expect) {
        return new Mutation(name, target, rawJson, null, expect, target);
    }

    static Mutation member(String name, String object, String key, String rawJson, String field) {
        return new Mutation(name, object, rawJson, key, Expect.REFUSED, field);
    }

    Mutation pointingAt(String refusedField) {
        return new Mutation(name, target, rawJson, extraKey, expect, refusedField);
    }

    String body(JsonObject base) {
        return extraKey == null
                ? JsonPaths.with(base, target, rawJson)
                : JsonPaths.withExtraMember(base, target, extraKey, rawJson);
    }

    @Override
    public String toString() {
        return name + " at " + (extraKey == null ? target : target + "." + extraKey) + " = " + rawJson;
    }
}
