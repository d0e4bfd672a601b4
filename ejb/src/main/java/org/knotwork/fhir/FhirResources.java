package org.knotwork.fhir;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.knotwork.proms.Measure;

/** Every resource of an export's scope, type by type in {@link ExportedType}'s order, from one connection. */
public final class FhirResources {

    private FhirResources() {}

    public static void write(Connection connection, Scope scope, List<Measure> measures, Consumer<JsonObject> sink)
            throws SQLException {
        for (ExportedType type : ExportedType.values()) {
            type.write(connection, scope, measures, sink::accept);
        }
    }
}
