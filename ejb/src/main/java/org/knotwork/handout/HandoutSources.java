package org.knotwork.handout;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.ContraindicationSites;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.charting.Episode;
import org.knotwork.charting.NoteWithPlans;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.handout.HandoutContent.Letterhead;
import org.knotwork.practice.PracticeLogo;
import org.knotwork.practice.PracticeSettings;
import org.knotwork.practice.PracticeSettingsService;

/**
 * Gathers what a handout is written from besides the note, in a fixed number of queries: the letterhead and phone,
 * the country of its dates, the names, the client's contraindications and their sites, the treated muscles' self-care texts and stretches in
 * the sheet's language, and front or back places for points charted on a side view. For a signed note these come
 * from the snapshot of its first issue, taken here if there is none yet; its texts and stretches in a language from
 * the first issue in that language.
 */
final class HandoutSources {

    private final EntityManager em;
    private final Clock clock;
    private final PracticeSettingsService practice;

    /**
     * Made by {@link HandoutService} in its transaction, with its persistence context: a plain object, where a bean of
     * its own cost every sheet a call through the container's interceptors (transaction, security, validation).
     */
    HandoutSources(EntityManager em, Clock clock, PracticeSettingsService practice) {
        this.em = em;
        this.clock = clock;
        this.practice = practice;
    }

    /** A draft's preview in a language, from the texts, sites and letterhead as they are now. */
    HandoutContent preview(NoteWithPlans read, HandoutLanguage language) {
        TreatmentNote note = read.note();
        Set<String> muscles = treatedMuscles(note);
        CurrentSelfCare current = new CurrentSelfCare(em);
        PracticeLogo logo = practice.logo().orElse(null);
        PracticeSettings settings = PracticeSettingsService.current(em);
        IssuePrecautions precautions = IssuePrecautions.of(
                note.client(), ContraindicationSites.of(em, note.client().id()), clock.getZone(), clock.instant());
        return composer()
                .compose(
                        read,
                        new HandoutFacts(
                                new Letterhead(
                                        settings.practiceName(),
                                        settings.practiceContact(),
                                        logo == null ? null : logo.image(),
                                        settings.contactPhone()),
                                clientName(note),
                                therapistName(note.therapistId()),
                                precautions.codes(),
                                precautions.sites(),
                                current.texts(muscles, language),
                                current.stretches(muscles, language),
                                frontOrBack(note),
                                note.updatedAt(),
                                precautions.traumaNotBefore(),
                                settings.dateRegion()));
    }

    /**
     * A signed note's handout in a language, always from the snapshot of its first issue, with the self-care texts
     * and stretches of its first issue in that language.
     */
    HandoutContent issued(NoteWithPlans read, HandoutLanguage language) {
        TreatmentNote note = read.note();
        HandoutSnapshot snapshot = em.find(HandoutSnapshot.class, note.id());
        boolean taken = snapshot == null;
        if (taken) {
            snapshot = takeSnapshot(note);
        }
        SnapshotTexts kept = new SnapshotTexts(em, note.id(), language);
        if (kept.isEmpty() && !note.episodes().isEmpty()) {
            lock(note);
            kept = new SnapshotTexts(em, note.id(), language);
            if (kept.isEmpty()) {
                Set<String> muscles = treatedMuscles(note);
                CurrentSelfCare current = new CurrentSelfCare(em);
                kept = SnapshotTexts.take(
                        em,
                        note.id(),
                        language,
                        current.texts(muscles, language),
                        current.stretches(muscles, language));
                taken = true;
            }
        }
        if (taken) {
            // Written now, not at commit: the handout lets go of everything it read once the sheet's content is
            // made (HandoutService), and what a first issue keeps must not be let go with it.
            em.flush();
        }
        HandoutFacts facts = new HandoutFacts(
                snapshot.letterhead(PracticeSettingsService.current(em).contactPhone()),
                snapshot.clientName(),
                snapshot.therapistName(),
                snapshot.precautions(),
                snapshot.sites(),
                kept.texts(),
                kept.stretches(),
                frontOrBack(note),
                note.signedAt(),
                snapshot.traumaNotBefore(),
                snapshot.dateRegion());
        return composer().compose(read, facts);
    }

    /** Two first issues at once must not both take a snapshot: the note's row serialises them. */
    private HandoutSnapshot takeSnapshot(TreatmentNote note) {
        lock(note);
        HandoutSnapshot taken = em.find(HandoutSnapshot.class, note.id());
        if (taken != null) {
            return taken;
        }
        PracticeLogo logo = practice.logo().orElse(null);
        PracticeSettings settings = PracticeSettingsService.current(em);
        Instant issued = clock.instant();
        HandoutSnapshot snapshot = new HandoutSnapshot(
                note.id(),
                issued,
                logo == null ? null : logo.mediaType(),
                new Letterhead(
                        settings.practiceName(),
                        settings.practiceContact(),
                        logo == null ? null : logo.image(),
                        settings.contactPhone()),
                clientName(note),
                therapistName(note.therapistId()),
                IssuePrecautions.of(
                        note.client(),
                        ContraindicationSites.of(em, note.client().id()),
                        clock.getZone(),
                        issued),
                settings.dateRegion());
        em.persist(snapshot);
        return snapshot;
    }

    private void lock(TreatmentNote note) {
        em.createNativeQuery("select id from treatment_notes where id = ?1 for update")
                .setParameter(1, note.id())
                .getResultList();
    }

    private static String clientName(TreatmentNote note) {
        return note.client().givenName() + " " + note.client().familyName();
    }

    private HandoutComposer composer() {
        return new HandoutComposer(clock.getZone());
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
                        "select distinct m from Muscle m left join fetch m.locations where array_contains(:codes, m.code)",
                        Muscle.class)
                .setParameter("codes", lateral.toArray(String[]::new))
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
