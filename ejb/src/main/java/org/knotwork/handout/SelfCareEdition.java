package org.knotwork.handout;

import java.time.Instant;

/**
 * A muscle's self-care texts in one language as stored, with the version an edit must name, and for a translation
 * whether it is behind the English: written before the English texts were last corrected and not confirmed since, so
 * sheets in its language are refused.
 */
public record SelfCareEdition(
        String muscleCode,
        HandoutLanguage language,
        int version,
        SelfCareText text,
        Instant updatedAt,
        boolean behindEnglish) {

    static SelfCareEdition of(SelfCare english) {
        return new SelfCareEdition(
                english.muscleCode(),
                HandoutLanguage.EN,
                english.version(),
                english.text(),
                english.updatedAt(),
                false);
    }

    static SelfCareEdition of(SelfCareTranslation translation, SelfCare english, HandoutLanguage language) {
        return new SelfCareEdition(
                translation.muscleCode(),
                language,
                translation.version(),
                translation.text(english),
                translation.updatedAt(),
                !translation.translates(english));
    }
}
