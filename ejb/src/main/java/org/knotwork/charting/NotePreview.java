package org.knotwork.charting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knotwork.safety.DeviationType;

/**
 * The deviations a session would show if it were saved as it stands, each placed on the treated point and the episode
 * the therapist is typing, and the compressions still without the client's discomfort (a draft is saved without it,
 * a note is not signed without it). Computed from a note that is never stored, so the screen shows exactly what a save
 * would find.
 */
public record NotePreview(List<Flag> deviations, List<Place> discomfortToRecord) {

    public NotePreview {
        deviations = List.copyOf(deviations);
        discomfortToRecord = List.copyOf(discomfortToRecord);
    }

    /** An episode as sent: both count from 0. */
    public record Place(int pointIndex, int episodeIndex) {}

    /**
     * One deviation: {@code pointIndex} and {@code episodeIndex} count from 0 in the order the session was sent; both
     * are null for a deviation of the session as a whole.
     */
    public record Flag(
            String key,
            DeviationType type,
            String explanation,
            UUID triggerPointId,
            Integer pointIndex,
            Integer episodeIndex) {}

    static NotePreview of(TreatmentNote draft, SessionRecord session) {
        Map<Integer, int[]> places = new HashMap<>();
        int seq = 0;
        for (int p = 0; p < session.points().size(); p++) {
            for (int e = 0; e < session.points().get(p).episodes().size(); e++) {
                places.put(++seq, new int[] {p, e});
            }
        }
        List<Place> discomfortToRecord = new ArrayList<>();
        for (int p = 0; p < session.points().size(); p++) {
            List<Episode> episodes = session.points().get(p).episodes();
            for (int e = 0; e < episodes.size(); e++) {
                if (episodes.get(e) instanceof CompressionEpisode c && c.discomfort() == null) {
                    discomfortToRecord.add(new Place(p, e));
                }
            }
        }
        List<Flag> flags = new ArrayList<>();
        for (Deviation deviation : draft.deviations()) {
            int[] place = places.get(deviation.episodeSeq());
            flags.add(new Flag(
                    deviation.key(),
                    deviation.type(),
                    deviation.explanation(),
                    deviation.triggerPoint() == null
                            ? null
                            : deviation.triggerPoint().id(),
                    place == null ? null : place[0],
                    place == null ? null : place[1]));
        }
        return new NotePreview(flags, discomfortToRecord);
    }
}
