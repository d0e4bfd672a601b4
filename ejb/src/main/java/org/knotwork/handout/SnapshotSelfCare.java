package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.knotwork.bodymap.BodyPosition;

/**
 * One muscle's self-care texts in one language as a signed note's sheet was first issued in that language, with the
 * position and tool the safety rules read. Written once, never changed (the schema refuses it); a later issue in that
 * language reads it back.
 */
@Entity
@Table(name = "handout_snapshot_self_care")
@IdClass(SnapshotSelfCare.Key.class)
public class SnapshotSelfCare {

    @Id
    @Column(name = "note_id")
    private UUID noteId;

    @Id
    @Column(name = "muscle_code")
    private String muscleCode;

    @Id
    private String language;

    @Column(name = "self_pressure")
    private String selfPressure;

    @Enumerated(EnumType.STRING)
    @Column(name = "pressure_position")
    private BodyPosition pressurePosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "pressure_tool")
    private PressureTool pressureTool;

    @Column(name = "gentle_pressure")
    private String gentlePressure;

    private String frequency;

    protected SnapshotSelfCare() {}

    SnapshotSelfCare(UUID noteId, String muscleCode, HandoutLanguage language, SelfCareText text) {
        this.noteId = noteId;
        this.muscleCode = muscleCode;
        this.language = language.code();
        this.selfPressure = text.selfPressure();
        this.pressurePosition = text.pressurePosition();
        this.pressureTool = text.pressureTool();
        this.gentlePressure = text.gentlePressure();
        this.frequency = text.frequency();
    }

    String muscleCode() {
        return muscleCode;
    }

    SelfCareText text() {
        return new SelfCareText(selfPressure, pressurePosition, pressureTool, gentlePressure, frequency);
    }

    /** The composite key: note, muscle and language. */
    public static class Key implements Serializable {

        private UUID noteId;
        private String muscleCode;
        private String language;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(noteId, key.noteId)
                    && Objects.equals(muscleCode, key.muscleCode)
                    && Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(noteId, muscleCode, language);
        }
    }
}
