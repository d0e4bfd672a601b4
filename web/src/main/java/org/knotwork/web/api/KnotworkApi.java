package org.knotwork.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
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
public class KnotworkApi extends Application {}
