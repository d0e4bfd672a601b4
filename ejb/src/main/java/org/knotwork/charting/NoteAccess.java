package org.knotwork.charting;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/**
 * Who may see which notes. Owners see everything; a note's author always sees it; other therapists see the
 * practice's notes unless the practice keeps notes to the therapists who treat the client. Admins manage users and
 * reference data and read no health records.
 */
final class NoteAccess {

    private final CurrentUser user;
    private final boolean ownClientsOnly;

    NoteAccess(CurrentUser user, boolean ownClientsOnly) {
        this.user = user;
        this.ownClientsOnly = ownClientsOnly;
    }

    /** Whether this user may see the client's notes; {@code treatsClient} is asked only when it matters. */
    boolean maySeeNotes(BooleanSupplier treatsClient) {
        if (user.hasRole(Role.OWNER)) {
            return true;
        }
        if (!user.hasRole(Role.THERAPIST)) {
            return false;
        }
        return !ownClientsOnly || treatsClient.getAsBoolean();
    }

    void requireMayRead(TreatmentNote note, BooleanSupplier treatsClient) {
        boolean author = note.therapistId().equals(user.id());
        if (!author && !maySeeNotes(treatsClient)) {
            throw new ForbiddenException("This practice keeps notes to the therapists who treat the client.");
        }
    }

    void requireTherapist() {
        if (!user.hasRole(Role.THERAPIST)) {
            throw new ForbiddenException("Only therapists chart sessions.");
        }
    }

    UUID userId() {
        return user.id();
    }
}
