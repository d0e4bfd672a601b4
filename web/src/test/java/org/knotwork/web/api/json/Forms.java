package org.knotwork.web.api.json;

import java.nio.charset.StandardCharsets;

/** A form read from JSON as the reader binds it (types checked, fields sent remembered), for tests of other packages. */
public final class Forms {

    private Forms() {}

    public static <T extends JsonForm> T read(String json, Class<T> type) {
        return FormBinder.bind(JsonDocument.parse(json.getBytes(StandardCharsets.UTF_8)), type);
    }
}
