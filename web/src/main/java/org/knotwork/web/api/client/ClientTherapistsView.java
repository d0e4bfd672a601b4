package org.knotwork.web.api.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.client.ClientTherapists;

/**
 * The therapists who look after a client: assigned, and those who treated them under a signed note; {@code version}
 * is the client's, to send back as If-Match when changing the assignment.
 */
public record ClientTherapistsView(UUID clientId, long version, List<Carer> assigned, List<Carer> treatedBy) {

    /** {@code since}: assigned at, or first signed a note at; {@code assignedBy}: the owner, none when automatic. */
    public record Carer(UUID therapistId, String displayName, Instant since, UUID assignedBy) {}

    static ClientTherapistsView of(ClientTherapists therapists) {
        return new ClientTherapistsView(
                therapists.clientId(),
                therapists.version(),
                carers(therapists.assigned()),
                carers(therapists.treatedBy()));
    }

    private static List<Carer> carers(List<ClientTherapists.Carer> carers) {
        return carers.stream()
                .map(c -> new Carer(c.therapistId(), c.displayName(), c.since(), c.assignedBy()))
                .toList();
    }
}
