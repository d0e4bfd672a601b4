package org.knotwork.charting;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A draft saved again. The session is first recorded into an unsaved copy of the draft, with every rule a save
 * checks; the draft itself changes only when the copy holds something else ({@link NoteContent}). A save identical
 * to what is stored so leaves the note, its points and episodes untouched, and the note keeps its version.
 */
final class DraftSave {

    private DraftSave() {}

    /**
     * Records {@code session} into {@code draft} when it changes what the draft holds, refusing reasons for deviations
     * the session does not show; says what changed for the audit trail ("nothing changed" when nothing did).
     */
    static String save(
            TreatmentNote draft,
            UUID editor,
            SessionRecord session,
            ProtocolPolicy policy,
            Instant now,
            Map<String, String> givenReasons,
            Map<String, String> heldReasons) {
        TreatmentNote trial = new TreatmentNote(draft);
        trial.record(editor, session, policy, now);
        trial.requireReasonsForItsDeviations(givenReasons, heldReasons);
        NoteContent before = NoteContent.of(draft);
        NoteContent after = NoteContent.of(trial);
        if (!after.equals(before)) {
            draft.record(editor, session, policy, now);
            draft.requireReasonsForItsDeviations(givenReasons, heldReasons);
        }
        return before.changesTo(after);
    }
}
