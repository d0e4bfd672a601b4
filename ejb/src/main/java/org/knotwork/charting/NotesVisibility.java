package org.knotwork.charting;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.knotwork.client.ClientAccess;
import org.knotwork.security.CurrentUser;

/**
 * The practice's rule for who sees a client's notes ({@link NoteAccess}: those who may see the client, {@link
 * ClientAccess}), for the features that show what notes show: questionnaire answers, a client's export. One rule, so
 * the privacy settings apply to every copy of the data.
 */
public final class NotesVisibility {

    private NotesVisibility() {}

    public static boolean maySee(EntityManager em, CurrentUser user, UUID clientId) {
        return new ClientAccess(em, user).maySee(clientId);
    }

    /** Refuses, naming the client (and recording the refusal with it), a user who may not see the client's notes. */
    public static void requireMaySee(EntityManager em, CurrentUser user, UUID clientId) {
        new ClientAccess(em, user).requireMaySee(clientId);
    }
}
