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

    Map<String, SelfCareText> texts(Set<String> muscles, HandoutLanguage language) {
        if (muscles.isEmpty()) {
            return Map.of();
        }
        Map<String, SelfCare> english = em
                .createQuery("select s from SelfCare s where s.muscleCode in :codes", SelfCare.class)
                .setParameter("codes", muscles)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SelfCare::muscleCode, Function.identity()));
        if (language == HandoutLanguage.EN) {
            return english.values().stream().collect(Collectors.toMap(SelfCare::muscleCode, SelfCare::text));
        }
        Map<String, SelfCareTranslation> translated = em
                .createQuery(
                        "select t from SelfCareTranslation t where t.muscleCode in :codes and t.language = :language",
                        SelfCareTranslation.class)
                .setParameter("codes", muscles)
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
                        "select s from Stretch s where s.muscleCode in :codes order by s.sortOrder", Stretch.class)
                .setParameter("codes", muscles)
                .getResultList();
        if (language == HandoutLanguage.EN) {
            return english.stream()
                    .collect(Collectors.groupingBy(
                            Stretch::muscleCode, Collectors.mapping(HomeStretch::of, Collectors.toList())));
        }
        Map<String, StretchTranslation> translated = em
                .createQuery(
                        "select t from StretchTranslation t where t.stretchCode in :codes and t.language = :language",
                        StretchTranslation.class)
                .setParameter("codes", english.stream().map(Stretch::code).toList())
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
                            "select m.name from Muscle m where m.code in :codes order by m.name", String.class)
                    .setParameter("codes", muscles)
                    .getResultList();
            throw new ConflictException("The sheet cannot be given in " + language.englishName() + " yet: the "
                    + language.englishName() + " home-care texts of " + String.join(", ", names)
                    + " are missing or were written before the English texts were last corrected. Give the sheet in"
                    + " English, or ask an administrator to bring the translation up to date.");
        }
    }
}
