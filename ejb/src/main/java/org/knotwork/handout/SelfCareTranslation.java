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

/**
 * A muscle's self-care texts in a language other than English ({@link SelfCare} holds the English ones): shipped in
 * {@code sql/}, corrected by an administrator like the English texts. Stored by the language's code ("es").
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

    @Column(name = "stretch_name")
    private String stretchName;

    @Column(name = "stretch_steps")
    private String stretchSteps;

    private String frequency;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    protected SelfCareTranslation() {}

    public void revise(SelfCareText text, UUID by, Instant now) {
        selfPressure = text.selfPressure();
        stretchName = text.stretchName();
        stretchSteps = text.joinedSteps();
        frequency = text.frequency();
        updatedBy = by;
        updatedAt = now;
    }

    public String muscleCode() {
        return muscleCode;
    }

    public int version() {
        return version;
    }

    public SelfCareText text() {
        return SelfCareText.stored(selfPressure, stretchName, stretchSteps, frequency);
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
