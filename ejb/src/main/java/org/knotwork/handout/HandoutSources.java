package org.knotwork.handout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.charting.Episode;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.handout.HandoutContent.Letterhead;
import org.knotwork.security.PracticeLogo;
import org.knotwork.security.PracticeSettings;
import org.knotwork.security.PracticeSettingsService;

/**
 * Gathers what a handout is written from besides the note, in a fixed number of queries: the letterhead, the names,
 * the client's contraindications, the treated muscles' self-care texts, and front or back places for points charted on a side view. For a signed
 * note these come from the snapshot of its first issue, taken here if there is none yet.
 */
@Stateless
public class HandoutSources {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PracticeSettingsService practice;

    /** A draft's preview, from the texts and letterhead as they are now. */
    public HandoutContent preview(TreatmentNote note) {
        return preview(note, HandoutLanguage.EN);
    }

    /** A draft's preview in a language, from the texts and letterhead as they are now. */
    public HandoutContent preview(TreatmentNote note, HandoutLanguage language) {
        return composer()
                .compose(
                        note,
                        letterhead(),
                        clientName(note),
                        therapistName(note.therapistId()),
                        note.client().contraindications(),
                        currentTexts(treatedMuscles(note), language),
                        frontOrBack(note),
                        note.updatedAt());
    }

    /** A signed note's handout, always from the snapshot of its first issue. */
    public HandoutContent issued(TreatmentNote note) {
        return issued(note, HandoutLanguage.EN);
    }

    /**
     * A signed note's handout in a language, always from the snapshot of its first issue, with the self-care texts
     * of its first issue in that language.
     */
    public HandoutContent issued(TreatmentNote note, HandoutLanguage language) {
        HandoutSnapshot snapshot = em.find(HandoutSnapshot.class, note.id());
        if (snapshot == null) {
            snapshot = takeSnapshot(note);
        }
        Map<String, SelfCareText> texts = snapshotTexts(note, language);
        return composer()
                .compose(
                        note,
                        snapshot.letterhead(),
                        snapshot.clientName(),
                        snapshot.therapistName(),
                        snapshot.precautions(),
                        texts,
                        frontOrBack(note),
                        note.signedAt());
    }

    /** Two first issues at once must not both take a snapshot: the note's row serialises them. */
    private HandoutSnapshot takeSnapshot(TreatmentNote note) {
        lock(note);
        HandoutSnapshot taken = em.find(HandoutSnapshot.class, note.id());
        if (taken != null) {
            return taken;
        }
        PracticeLogo logo = practice.logo().orElse(null);
        HandoutSnapshot snapshot = new HandoutSnapshot(
                note.id(),
                clock.instant(),
                letterhead(logo),
                logo == null ? null : logo.mediaType(),
                clientName(note),
                therapistName(note.therapistId()),
                note.client().contraindications());
        em.persist(snapshot);
        return snapshot;
    }

    private void lock(TreatmentNote note) {
        em.createNativeQuery("select id from treatment_notes where id = ?1 for update")
                .setParameter(1, note.id())
                .getResultList();
    }

    /** The texts of the first issue in this language, taken now (under the note's lock) if this is it. */
    private Map<String, SelfCareText> snapshotTexts(TreatmentNote note, HandoutLanguage language) {
        Map<String, SelfCareText> kept = keptTexts(note, language);
        if (!kept.isEmpty() || note.episodes().isEmpty()) {
            return kept;
        }
        lock(note);
        kept = keptTexts(note, language);
        if (!kept.isEmpty()) {
            return kept;
        }
        Map<String, SelfCareText> current = currentTexts(treatedMuscles(note), language);
        current.forEach((code, text) -> em.persist(new SnapshotSelfCare(note.id(), code, language, text)));
        return current;
    }

    private Map<String, SelfCareText> keptTexts(TreatmentNote note, HandoutLanguage language) {
        return em
                .createQuery(
                        "select s from SnapshotSelfCare s where s.noteId = :note and s.language = :language",
                        SnapshotSelfCare.class)
                .setParameter("note", note.id())
                .setParameter("language", language.code())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SnapshotSelfCare::muscleCode, SnapshotSelfCare::text));
    }

    private HandoutComposer composer() {
        return new HandoutComposer(clock.getZone());
    }

    private Letterhead letterhead() {
        return letterhead(practice.logo().orElse(null));
    }

    private Letterhead letterhead(PracticeLogo logo) {
        PracticeSettings settings = practice.current();
        return new Letterhead(settings.practiceName(), settings.practiceContact(), logo == null ? null : logo.image());
    }

    private static String clientName(TreatmentNote note) {
        return note.client().givenName() + " " + note.client().familyName();
    }

    private String therapistName(UUID therapistId) {
        return em.createQuery("select u.displayName from User u where u.id = :id", String.class)
                .setParameter("id", therapistId)
                .getSingleResult();
    }

    private static Set<String> treatedMuscles(TreatmentNote note) {
        return note.episodes().stream()
                .map(e -> e.triggerPoint().muscle().code())
                .collect(Collectors.toSet());
    }

    private Map<String, SelfCareText> currentTexts(Set<String> codes, HandoutLanguage language) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        if (language != HandoutLanguage.EN) {
            return em
                    .createQuery(
                            "select t from SelfCareTranslation t where t.muscleCode in :codes and t.language = :language",
                            SelfCareTranslation.class)
                    .setParameter("codes", codes)
                    .setParameter("language", language.code())
                    .getResultList()
                    .stream()
                    .collect(Collectors.toMap(SelfCareTranslation::muscleCode, SelfCareTranslation::text));
        }
        return em
                .createQuery("select s from SelfCare s where s.muscleCode in :codes", SelfCare.class)
                .setParameter("codes", codes)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SelfCare::muscleCode, SelfCare::text));
    }

    /** Only asked when a point lies on a side view; one query for all such muscles. */
    private Map<String, MapLocation> frontOrBack(TreatmentNote note) {
        Set<String> lateral = note.episodes().stream()
                .map(Episode::triggerPoint)
                .filter(p -> p.placement().view() != BodyView.ANTERIOR
                        && p.placement().view() != BodyView.POSTERIOR)
                .map(TriggerPoint::muscle)
                .map(Muscle::code)
                .collect(Collectors.toSet());
        if (lateral.isEmpty()) {
            return Map.of();
        }
        List<Muscle> muscles = em.createQuery(
                        "select distinct m from Muscle m left join fetch m.locations where m.code in :codes",
                        Muscle.class)
                .setParameter("codes", lateral)
                .getResultList();
        Map<String, MapLocation> places = new HashMap<>();
        for (Muscle muscle : muscles) {
            muscle.locations().stream()
                    .filter(l -> l.view() == BodyView.ANTERIOR || l.view() == BodyView.POSTERIOR)
                    .findFirst()
                    .ifPresent(l -> places.put(muscle.code(), l));
        }
        return places;
    }
}
