package org.knotwork.handout;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A signed note's self-care texts and catalogue stretches in one language, as kept from the first issue in that
 * language (one query), or taken now from the current ones and kept.
 */
final class SnapshotTexts {

    private final Map<String, SelfCareText> texts;
    private final Map<String, List<HomeStretch>> stretches;

    /**
     * The texts and their muscles' stretches in one query, where each took a round trip of its own: a text's row repeats
     * per stretch (the same instance), and a muscle without a text is never printed (the composer refuses it), so its
     * stretches are not needed.
     */
    SnapshotTexts(EntityManager em, UUID noteId, HandoutLanguage language) {
        List<Object[]> rows = em.createQuery(
                        "select t, s from SnapshotSelfCare t left join SnapshotStretch s on s.noteId = t.noteId"
                                + " and s.language = t.language and s.muscle = t.muscleCode"
                                + " where t.noteId = :note and t.language = :language",
                        Object[].class)
                .setParameter("note", noteId)
                .setParameter("language", language.code())
                .getResultList();
        Map<String, SelfCareText> kept = new HashMap<>();
        List<SnapshotStretch> stretchRows = new ArrayList<>();
        for (Object[] row : rows) {
            SnapshotSelfCare text = (SnapshotSelfCare) row[0];
            kept.computeIfAbsent(text.muscleCode(), code -> text.text());
            if (row[1] != null) {
                stretchRows.add((SnapshotStretch) row[1]);
            }
        }
        this.texts = kept;
        this.stretches = stretchRows.stream()
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
