package org.knotwork.web.api.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.bodymap.TriggerPointService;
import org.knotwork.charting.NoteService;

/**
 * Records a signed-in caller's refused request in the audit trail, against the record and the client it concerns:
 * who tried what is part of accountability, and an owner reviewing a client's trail must see the attempts too. Looked
 * up through CDI because the access guard is created by JAX-RS, not by the container.
 */
public final class Refusals {

    private Refusals() {}

    /** A refusal whose record and client the service named. */
    public static void record(String what, String recordType, String recordId, UUID clientId) {
        CDI.current()
                .select(AuditTrail.class)
                .get()
                .record(AuditAction.REFUSED_REQUEST, recordType, recordId, clientId, AuditOutcome.DENIED, what);
    }

    /**
     * A refusal before any service ran: the record is read from the address, which names it the same way throughout
     * the API ({@code /api/notes/{id}/...}); a note's or a point's client is looked up.
     */
    public static void record(String what, UriInfo address) {
        List<PathSegment> path = address.getPathSegments();
        String collection = path.isEmpty() ? "" : path.get(0).getPath();
        String id = path.size() > 1 ? path.get(1).getPath() : null;
        UUID uuid = uuid(id);
        switch (collection) {
            case "clients" -> record(what, "CLIENT", id, uuid);
            case "notes" -> record(what, "NOTE", id, clientOf(uuid, NoteService.class));
            case "trigger-points" -> record(what, "TRIGGER_POINT", id, clientOf(uuid, TriggerPointService.class));
            case "users" -> record(what, "USER", id, null);
            case "muscles" -> record(what, "MUSCLE", id, null);
            default -> record(what, "REQUEST", null, null);
        }
    }

    private static UUID clientOf(UUID record, Class<?> service) {
        if (record == null) {
            return null;
        }
        Object found = CDI.current().select(service).get();
        Optional<UUID> client = found instanceof NoteService notes
                ? notes.clientOf(record)
                : ((TriggerPointService) found).clientOf(record);
        return client.orElse(null);
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
