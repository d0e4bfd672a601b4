package org.knotwork.handout;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.knotwork.bodymap.Stretch;
import org.knotwork.platform.ConflictException;

/**
 * The treated muscles' self-care texts and catalogue stretches as they are now, in a sheet's language: English from
 * the catalogue itself, any other language from its translations, with the English's positions and tools (which the
 * safety rules read). A sheet in a language whose translation is missing, or was written from an English text an
 * administrator has since corrected, is refused: it would tell the client something the English no longer says.
 */
final class CurrentSelfCare {

    private final EntityManager em;

    CurrentSelfCare(EntityManager em) {
        this.em = em;
    }

    // Each list of codes goes as one array parameter (array_contains), not an IN list: Hibernate caches the
    // translation of a query whose parameters are all single-valued, and translated an IN list's anew each time.
    Map<String, SelfCareText> texts(Set<String> muscles, HandoutLanguage language) {
        if (muscles.isEmpty()) {
            return Map.of();
        }
        Map<String, SelfCare> english = em
                .createQuery("select s from SelfCare s where array_contains(:codes, s.muscleCode)", SelfCare.class)
                .setParameter("codes", muscles.toArray(String[]::new))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SelfCare::muscleCode, Function.identity()));
        if (language == HandoutLanguage.EN) {
            return english.values().stream().collect(Collectors.toMap(SelfCare::muscleCode, SelfCare::text));
        }
        Map<String, SelfCareTranslation> translated = em
                .createQuery(
                        "select t from SelfCareTranslation t where array_contains(:codes, t.muscleCode) and t.language = :language",
                        SelfCareTranslation.class)
                .setParameter("codes", muscles.toArray(String[]::new))
                .setParameter("language", language.code())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SelfCareTranslation::muscleCode, Function.identity()));
        Set<String> behind = new TreeSet<>();
        english.forEach((code, care) -> {
            SelfCareTranslation translation = translated.get(code);
            if (translation == null || !translation.translates(care)) {
                behind.add(code);
            }
        });
        requireTranslated(behind, language);
        return english.values().stream()
                .collect(Collectors.toMap(
                        SelfCare::muscleCode,
                        care -> translated.get(care.muscleCode()).text(care)));
    }

    /** Each muscle's catalogue stretches, in the catalogue's order. */
    Map<String, List<HomeStretch>> stretches(Set<String> muscles, HandoutLanguage language) {
        if (muscles.isEmpty()) {
            return Map.of();
        }
        List<Stretch> english = em.createQuery(
                        "select s from Stretch s where array_contains(:codes, s.muscleCode) order by s.sortOrder",
                        Stretch.class)
                .setParameter("codes", muscles.toArray(String[]::new))
                .getResultList();
        if (language == HandoutLanguage.EN) {
            return english.stream()
                    .collect(Collectors.groupingBy(
                            Stretch::muscleCode, Collectors.mapping(HomeStretch::of, Collectors.toList())));
        }
        Map<String, StretchTranslation> translated = em
                .createQuery(
                        "select t from StretchTranslation t where array_contains(:codes, t.stretchCode) and t.language = :language",
                        StretchTranslation.class)
                .setParameter("codes", english.stream().map(Stretch::code).toArray(String[]::new))
                .setParameter("language", language.code())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(StretchTranslation::stretchCode, Function.identity()));
        requireTranslated(
                english.stream()
                        .filter(s -> !translated.containsKey(s.code()))
                        .map(Stretch::muscleCode)
                        .collect(Collectors.toCollection(TreeSet::new)),
                language);
        return english.stream()
                .collect(Collectors.groupingBy(
                        Stretch::muscleCode,
                        Collectors.mapping(s -> translated.get(s.code()).stretch(s), Collectors.toList())));
    }

    private void requireTranslated(Set<String> muscles, HandoutLanguage language) {
        if (!muscles.isEmpty()) {
            List<String> names = em.createQuery(
                            "select m.name from Muscle m where array_contains(:codes, m.code) order by m.name",
                            String.class)
                    .setParameter("codes", muscles.toArray(String[]::new))
                    .getResultList();
            throw new ConflictException("The sheet cannot be given in " + language.englishName() + " yet: the "
                    + language.englishName() + " home-care texts of " + String.join(", ", names)
                    + " are missing or were written before the English texts were last corrected. Give the sheet in"
                    + " English, or ask an administrator to bring the translation up to date.");
        }
    }
}
