package org.knotwork.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Knotwork API",
                        version = "0.1",
                        description =
                                "Clients, trigger-point charts and treatment notes of a manual-therapy practice."))
public class KnotworkApi extends Application {

    /**
     * JSON-B (the platform's) is the one JSON feature: Jackson, which Flyway brings onto the class path, would
     * otherwise be discovered too and compete with {@link org.knotwork.web.api.json.StrictJsonReader} for request
     * bodies.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.jsonFeature", "JsonBindingFeature");
    }
}
