package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.knotwork.bodymap.Stretch;

/**
 * A catalogue stretch's name and steps in a language other than English, shipped in {@code sql/} like the catalogue
 * itself. Position, spinal loading and the part stretched are the English stretch's: the safety rules read them.
 */
@Entity
@Table(name = "muscle_stretch_translations")
@IdClass(StretchTranslation.Key.class)
public class StretchTranslation {

    @Id
    @Column(name = "stretch_code")
    private String stretchCode;

    @Id
    private String language;

    private String name;

    /** One step per line, as many as the English. */
    private String steps;

    protected StretchTranslation() {}

    String stretchCode() {
        return stretchCode;
    }

    /** The stretch as the sheet prints it in this language. */
    HomeStretch stretch(Stretch english) {
        return new HomeStretch(
                english.code(),
                name,
                Arrays.asList(steps.split("\n")),
                english.position(),
                english.loadsSpinalFlexion(),
                english.part(),
                english.bothSides());
    }

    /** The composite key: stretch and language. */
    public static class Key implements Serializable {

        private String stretchCode;
        private String language;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(stretchCode, key.stretchCode)
                    && Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stretchCode, language);
        }
    }
}
