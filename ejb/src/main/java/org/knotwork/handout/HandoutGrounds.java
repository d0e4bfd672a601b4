package org.knotwork.handout;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.practice.PracticeSettings;

/**
 * What every handout of a note starts from besides the note's episodes, in one query: the note with its client and
 * the client's contraindications, the practice's settings (the phone a sheet needs), the client's handout preferences
 * and the snapshot of the note's first issue with its sites. All but the note came in a round trip of their own (five in all), and
 * PostgreSQL spends about as much on a round trip whatever it carries. All of it stays in the persistence context, so
 * the note's own read, the phone check and the snapshot's look-up then find it there.
 *
 * <p>Only collections that are sets are fetched here: the rows repeat per contraindication and per site, and a list
 * fetched beside them (the episodes, the measurements) would repeat its elements. The episodes come with the note's
 * read ({@code NoteService.readForHandout}), which also checks who may read it.
 */
record HandoutGrounds(PracticeSettings settings, HandoutPreferences preferences) {

    /**
     * The grounds of a note's handout: the settings, and the client's preferences or, when they never chose, English
     * in standard print; the note and its snapshot (if it was issued before) are then in the persistence context.
     * Empty when there is no such note.
     */
    static Optional<HandoutGrounds> of(EntityManager em, UUID noteId) {
        List<Object[]> rows = em.createQuery(
                        "select n, s, pref, snap from TreatmentNote n join fetch n.client c"
                                + " left join fetch c.contraindications"
                                + " join PracticeSettings s on s.id = :practice"
                                + " left join HandoutPreferences pref on pref.clientId = c.id"
                                + " left join HandoutSnapshot snap on snap.noteId = n.id"
                                + " left join fetch snap.sites"
                                + " where n.id = :note",
                        Object[].class)
                .setParameter("practice", PracticeSettings.THE_PRACTICE)
                .setParameter("note", noteId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        TreatmentNote note = (TreatmentNote) row[0];
        HandoutPreferences chosen = (HandoutPreferences) row[2];
        return Optional.of(new HandoutGrounds(
                (PracticeSettings) row[1],
                chosen == null ? HandoutPreferences.usual(note.client().id()) : chosen));
    }
}
