package org.knotwork.charting;

import jakarta.persistence.EntityManager;
import org.knotwork.client.ClientAccess;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/**
 * Who may see and write which notes. A note's author always reads it; anyone else reads the notes of the clients
 * they may see ({@link ClientAccess}). Only therapists chart, and only for clients they may see, so a therapist cannot
 * reach a client's notes by opening a draft for them. Admins read no health records.
 */
final class NoteAccess {

    static final String NOT_YOURS = "This practice keeps notes to the therapists who look after the client.";

    private final CurrentUser user;
    private final ClientAccess clients;

    NoteAccess(EntityManager em, CurrentUser user) {
        this.user = user;
        this.clients = new ClientAccess(em, user);
    }

    void requireMayRead(TreatmentNote note) {
        boolean author = note.therapistId().equals(user.id());
        if (!author && !clients.maySee(note.client().id())) {
            throw new ForbiddenException(
                    NOT_YOURS, NoteService.RECORD, note.id(), note.client().id());
        }
    }

    /** A therapist who may see the client: may open a note for them, and save and sign their own. */
    void requireMayChart(TreatmentNote note) {
        requireMayRead(note);
        requireMayChartFor(note.client().id());
    }

    void requireMayChartFor(java.util.UUID clientId) {
        if (!user.hasRole(Role.THERAPIST)) {
            throw new ForbiddenException("Only therapists chart sessions.", "CLIENT", clientId, clientId);
        }
        clients.requireMaySee(clientId);
    }
}
