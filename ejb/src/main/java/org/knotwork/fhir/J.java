package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.knotwork.platform.JsonP;

/**
 * The small vocabulary the mappings are written in: FHIR datatypes as JSON-P objects. One builder factory for the
 * whole application: looking the JSON-P provider up per object would cost more than the mapping.
 */
final class J {

    private static final JsonBuilderFactory FACTORY = JsonP.PROVIDER.createBuilderFactory(Map.of());

    private J() {}

    static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    static JsonObjectBuilder resource(String type, String id) {
        return object().add("resourceType", type).add("id", id);
    }

    static JsonObject coding(String system, String code, String display) {
        JsonObjectBuilder coding = object().add("system", system).add("code", code);
        if (display != null) {
            coding.add("display", display);
        }
        return coding.build();
    }

    static JsonObject concept(String text, JsonObject... codings) {
        JsonObjectBuilder concept = object();
        if (codings.length > 0) {
            JsonArrayBuilder list = array();
            for (JsonObject coding : codings) {
                list.add(coding);
            }
            concept.add("coding", list);
        }
        if (text != null) {
            concept.add("text", text);
        }
        return concept.build();
    }

    static JsonObject reference(String type, Object id) {
        return object().add("reference", type + "/" + id).build();
    }

    static JsonObject quantity(double value, String unit) {
        return object().add("value", decimal(value))
                .add("unit", unit)
                .add("system", Fhir.UCUM)
                .add("code", unit)
                .build();
    }

    static JsonObject score(double value) {
        return object().add("value", decimal(value))
                .add("unit", "score")
                .add("system", Fhir.UCUM)
                .add("code", "1")
                .build();
    }

    /** Measurements to four decimals: enough for kPa and means, without binary fractions in the file. */
    static BigDecimal decimal(double value) {
        // Plain digits (70, not 7E+1): FHIR allows exponents, but receivers read plain decimals without surprise.
        return new BigDecimal(BigDecimal.valueOf(value)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString());
    }

    static JsonObject extension(String url, String valueType, Object value) {
        JsonObjectBuilder extension = object().add("url", url);
        if (value instanceof String s) {
            extension.add(valueType, s);
        } else if (value instanceof Integer i) {
            extension.add(valueType, i);
        } else if (value instanceof Boolean b) {
            extension.add(valueType, b);
        } else if (value instanceof BigDecimal d) {
            extension.add(valueType, d);
        } else if (value instanceof JsonObject o) {
            extension.add(valueType, o);
        } else {
            throw new IllegalArgumentException("No FHIR value for " + value);
        }
        return extension.build();
    }

    static JsonArrayBuilder list(JsonObject... items) {
        JsonArrayBuilder list = array();
        for (JsonObject item : items) {
            list.add(item);
        }
        return list;
    }
}
