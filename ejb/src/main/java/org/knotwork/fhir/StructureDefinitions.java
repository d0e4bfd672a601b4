package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.knotwork.fhir.Extensions.Definition;
import org.knotwork.fhir.Extensions.Part;

/** Each of Knotwork's extensions as a FHIR R4 StructureDefinition (a differential; validators make the snapshot). */
final class StructureDefinitions {

    static final String EXTENSION_BASE = "http://hl7.org/fhir/StructureDefinition/Extension";

    private StructureDefinitions() {}

    static JsonObject of(Definition d) {
        JsonArrayBuilder contexts = J.array();
        d.contexts()
                .forEach(c -> contexts.add(
                        J.object().add("type", "element").add("expression", c).build()));
        JsonArrayBuilder elements = J.array()
                .add(J.object()
                        .add("id", "Extension")
                        .add("path", "Extension")
                        .add("short", d.title())
                        .add("definition", d.description()));
        if (d.value() != null) {
            elements.add(J.object()
                    .add("id", "Extension.extension")
                    .add("path", "Extension.extension")
                    .add("max", "0"));
            elements.add(J.object()
                    .add("id", "Extension.url")
                    .add("path", "Extension.url")
                    .add("fixedUri", d.url()));
            elements.add(value("Extension.value[x]", "Extension.value[x]", d.value()));
        } else {
            elements.add(J.object()
                    .add("id", "Extension.extension")
                    .add("path", "Extension.extension")
                    .add(
                            "slicing",
                            J.object()
                                    .add(
                                            "discriminator",
                                            J.list(J.object()
                                                    .add("type", "value")
                                                    .add("path", "url")
                                                    .build()))
                                    .add("rules", "closed")));
            for (Part part : d.parts()) {
                String id = "Extension.extension:" + part.name();
                elements.add(J.object()
                        .add("id", id)
                        .add("path", "Extension.extension")
                        .add("sliceName", part.name())
                        .add("short", part.description())
                        .add("definition", part.description())
                        .add("min", part.min())
                        .add("max", "1"));
                elements.add(J.object()
                        .add("id", id + ".extension")
                        .add("path", "Extension.extension.extension")
                        .add("max", "0"));
                elements.add(J.object()
                        .add("id", id + ".url")
                        .add("path", "Extension.extension.url")
                        .add("fixedUri", part.name()));
                elements.add(value(id + ".value[x]", "Extension.extension.value[x]", part));
            }
            elements.add(J.object()
                    .add("id", "Extension.url")
                    .add("path", "Extension.url")
                    .add("fixedUri", d.url()));
            elements.add(J.object()
                    .add("id", "Extension.value[x]")
                    .add("path", "Extension.value[x]")
                    .add("max", "0"));
        }
        return J.resource("StructureDefinition", d.id())
                .add("url", d.url())
                .add("version", Conformance.VERSION)
                .add("name", name(d.id()))
                .add("title", d.title())
                .add("status", "active")
                .add("publisher", Conformance.PUBLISHER)
                .add("description", d.description())
                .add("fhirVersion", "4.0.1")
                .add("kind", "complex-type")
                .add("abstract", false)
                .add("context", contexts)
                .add("type", "Extension")
                .add("baseDefinition", EXTENSION_BASE)
                .add("derivation", "constraint")
                .add("differential", J.object().add("element", elements))
                .build();
    }

    private static JsonObjectBuilder value(String id, String path, Part part) {
        JsonObjectBuilder type = J.object().add("code", part.type());
        if (part.target() != null) {
            type.add("targetProfile", J.array().add("http://hl7.org/fhir/StructureDefinition/" + part.target()));
        }
        return J.object()
                .add("id", id)
                .add("path", path)
                .add("min", 1)
                .add("type", J.array().add(type));
    }

    /** A computable name: the id in UpperCamelCase. */
    static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
