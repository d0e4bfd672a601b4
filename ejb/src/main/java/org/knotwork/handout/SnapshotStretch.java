package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.MusclePart;

/**
 * One catalogue stretch of a treated muscle, in one language, as a signed note's sheet was first issued in that
 * language, with what the safety rules read. Written once, never changed (the schema refuses it).
 */
@Entity
@Table(name = "handout_snapshot_stretches")
@IdClass(SnapshotStretch.Key.class)
public class SnapshotStretch {

    @Id
    @Column(name = "note_id")
    private UUID noteId;

    @Id
    private String code;

    @Id
    private String language;

    @Column(name = "muscle_code")
    private String muscle;

    private String name;

    private String steps;

    @Enumerated(EnumType.STRING)
    private BodyPosition position;

    @Column(name = "loads_spinal_flexion")
    private boolean loadsSpinalFlexion;

    @Enumerated(EnumType.STRING)
    private MusclePart part;

    @Column(name = "sort_order")
    private int order;

    @Column(name = "both_sides")
    private boolean bothSides;

    protected SnapshotStretch() {}

    SnapshotStretch(UUID noteId, HandoutLanguage language, String muscle, HomeStretch stretch, int order) {
        this.noteId = noteId;
        this.code = stretch.code();
        this.language = language.code();
        this.muscle = muscle;
        this.name = stretch.name();
        this.steps = String.join("\n", stretch.steps());
        this.position = stretch.position();
        this.loadsSpinalFlexion = stretch.loadsSpinalFlexion();
        this.part = stretch.part();
        this.order = order;
        this.bothSides = stretch.bothSides();
    }

    String muscle() {
        return muscle;
    }

    int order() {
        return order;
    }

    HomeStretch stretch() {
        return new HomeStretch(
                code, name, Arrays.asList(steps.split("\n")), position, loadsSpinalFlexion, part, bothSides);
    }

    /** The composite key: note, stretch and language. */
    public static class Key implements Serializable {

        private UUID noteId;
        private String code;
        private String language;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(noteId, key.noteId)
                    && Objects.equals(code, key.code)
                    && Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(noteId, code, language);
        }
    }
}
