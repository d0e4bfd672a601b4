package org.knotwork.fhir;

import jakarta.json.JsonObject;

/** Where mapped resources go: a client's Bundle, or a bulk export's NDJSON file of their type. */
@FunctionalInterface
interface ResourceSink {
    void accept(JsonObject resource);
}
