package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.knotwork.platform.RuleViolationException;

/**
 * A muscle's self-care texts in a language other than English ({@link SelfCare} holds the English ones): shipped in
 * {@code sql/}, corrected by an administrator like the English texts. Stored by the language's code ("es"), with a
 * digest of the English it was written from, so a translation left behind by an English correction is noticed.
 */
@Entity
@Table(name = "muscle_self_care_translations")
@IdClass(SelfCareTranslation.Key.class)
public class SelfCareTranslation {

    @Id
    @Column(name = "muscle_code")
    private String muscleCode;

    @Id
    private String language;

    @Version
    private int version;

    @Column(name = "self_pressure")
    private String selfPressure;

    @Column(name = "gentle_pressure")
    private String gentlePressure;

    private String frequency;

    @Column(name = "english_digest")
    private String englishDigest;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    protected SelfCareTranslation() {}

    /**
     * Replaces the translated texts. Position and tool are the English texts' own: the safety rules read them there,
     * and a translation cannot change them. Which English it translates stays as it was: only {@link #confirm} says
     * that, as an act of its own, so that a save of the same words never passes an out-of-date translation.
     *
     * @return whether anything changed; texts the same as stored change nothing, not even who saved them last
     */
    public boolean revise(SelfCareText text, SelfCare english, UUID by, Instant now) {
        SelfCareText original = english.text();
        if (text.pressurePosition() != original.pressurePosition() || text.pressureTool() != original.pressureTool()) {
            throw new RuleViolationException(
                    "pressurePosition",
                    "The position and the tool of the self-pressure are set on the English texts; a translation"
                            + " keeps them.");
        }
        if (text.equals(text(english))) {
            return false;
        }
        selfPressure = text.selfPressure();
        gentlePressure = text.gentlePressure();
        frequency = text.frequency();
        updatedBy = by;
        updatedAt = now;
        return true;
    }

    /**
     * Records that these texts translate the English texts as {@code english} has them now: an administrator's own
     * statement, after reading both, that lets sheets in this language be given again after an English correction.
     *
     * @return whether the translation was behind the English (confirming one that is not changes nothing)
     */
    public boolean confirm(SelfCare english, UUID by, Instant now) {
        if (translates(english)) {
            return false;
        }
        englishDigest = english.text().digest();
        updatedBy = by;
        updatedAt = now;
        return true;
    }

    public String muscleCode() {
        return muscleCode;
    }

    public int version() {
        return version;
    }

    /** The translated texts, with the position and tool of the English ones. */
    public SelfCareText text(SelfCare english) {
        SelfCareText original = english.text();
        return new SelfCareText(
                selfPressure, original.pressurePosition(), original.pressureTool(), gentlePressure, frequency);
    }

    /** Whether this translation was written from the English texts as they are now. */
    public boolean translates(SelfCare english) {
        return english.text().digest().equals(englishDigest);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The composite key: muscle and language. */
    public static class Key implements Serializable {

        private String muscleCode;
        private String language;

        public Key() {}

        Key(String muscleCode, String language) {
            this.muscleCode = muscleCode;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(muscleCode, key.muscleCode)
                    && Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(muscleCode, language);
        }
    }
}
