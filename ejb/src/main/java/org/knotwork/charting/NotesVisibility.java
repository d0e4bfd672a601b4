package org.knotwork.charting;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.PracticeSettingsService;

/**
 * The practice's rule for who sees a client's notes ({@link NoteAccess}), for the features that show what notes
 * show: questionnaire answers, a client's export. One rule, so the privacy settings apply to every copy of the data.
 */
public final class NotesVisibility {

    private NotesVisibility() {}

    public static boolean maySee(EntityManager em, CurrentUser user, UUID clientId) {
        return new NoteAccess(user, PracticeSettingsService.current(em).ownClientsOnly())
                .maySeeNotes(() -> new ChartQueries(em).hasNoteBy(clientId, user.id()));
    }

    public static void requireMaySee(EntityManager em, CurrentUser user, UUID clientId) {
        if (!maySee(em, user, clientId)) {
            throw new ForbiddenException(
                    "This practice keeps a client's notes, and what goes with them, to the therapists who treat them.");
        }
    }
}
