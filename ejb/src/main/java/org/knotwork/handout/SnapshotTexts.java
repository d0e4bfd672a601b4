package org.knotwork.handout;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A signed note's self-care texts and catalogue stretches in one language, as kept from the first issue in that
 * language (two queries), or taken now from the current ones and kept.
 */
final class SnapshotTexts {

    private final Map<String, SelfCareText> texts;
    private final Map<String, List<HomeStretch>> stretches;

    SnapshotTexts(EntityManager em, UUID noteId, HandoutLanguage language) {
        this.texts = em
                .createQuery(
                        "select s from SnapshotSelfCare s where s.noteId = :note and s.language = :language",
                        SnapshotSelfCare.class)
                .setParameter("note", noteId)
                .setParameter("language", language.code())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SnapshotSelfCare::muscleCode, SnapshotSelfCare::text));
        this.stretches = em
                .createQuery(
                        "select s from SnapshotStretch s where s.noteId = :note and s.language = :language",
                        SnapshotStretch.class)
                .setParameter("note", noteId)
                .setParameter("language", language.code())
                .getResultList()
                .stream()
                .sorted(Comparator.comparingInt(SnapshotStretch::order))
                .collect(Collectors.groupingBy(
                        SnapshotStretch::muscle, Collectors.mapping(SnapshotStretch::stretch, Collectors.toList())));
    }

    private SnapshotTexts(Map<String, SelfCareText> texts, Map<String, List<HomeStretch>> stretches) {
        this.texts = texts;
        this.stretches = stretches;
    }

    /** Keeps these texts and stretches as the note's first issue in this language. */
    static SnapshotTexts take(
            EntityManager em,
            UUID noteId,
            HandoutLanguage language,
            Map<String, SelfCareText> texts,
            Map<String, List<HomeStretch>> stretches) {
        texts.forEach((code, text) -> em.persist(new SnapshotSelfCare(noteId, code, language, text)));
        stretches.forEach((muscle, list) -> {
            List<HomeStretch> ordered = new ArrayList<>(list);
            for (int i = 0; i < ordered.size(); i++) {
                em.persist(new SnapshotStretch(noteId, language, muscle, ordered.get(i), i));
            }
        });
        return new SnapshotTexts(texts, stretches);
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    Map<String, SelfCareText> texts() {
        return texts;
    }

    Map<String, List<HomeStretch>> stretches() {
        return stretches;
    }
}
