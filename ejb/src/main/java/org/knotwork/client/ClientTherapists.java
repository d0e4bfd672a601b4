package org.knotwork.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The therapists who look after a client: those an owner assigned (or who registered the client), and those who
 * treated them under a signed note. With {@code ownClientsOnly} these are the therapists who see the client.
 * {@code version} is the client's: the assignment is part of the client's record, and changing it gives the record a
 * new version.
 */
public record ClientTherapists(UUID clientId, int version, List<Carer> assigned, List<Carer> treatedBy) {

    /** {@code since} is when they were assigned or first signed a note; {@code assignedBy} none for those. */
    public record Carer(UUID therapistId, String displayName, Instant since, UUID assignedBy) {}
}
