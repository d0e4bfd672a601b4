package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.knotwork.bodymap.BodyPosition;

/**
 * The self-care texts for one muscle of the catalogue, as the practice teaches them: reference data shipped in
 * {@code sql/} and corrected by an administrator. Its stretches are the muscle's catalogue stretches. A handout
 * already issued keeps the texts it was issued with.
 */
@Entity
@Table(name = "muscle_self_care")
public class SelfCare {

    @Id
    @Column(name = "muscle_code")
    private String muscleCode;

    @Version
    private int version;

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

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    protected SelfCare() {}

    /**
     * Replaces the texts; {@link SelfCareText} has already refused empty or overlong ones.
     *
     * @return whether anything changed; texts the same as stored change nothing, not even who saved them last
     */
    public boolean revise(SelfCareText text, UUID by, Instant now) {
        if (text.equals(text())) {
            return false;
        }
        selfPressure = text.selfPressure();
        pressurePosition = text.pressurePosition();
        pressureTool = text.pressureTool();
        gentlePressure = text.gentlePressure();
        frequency = text.frequency();
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

    public SelfCareText text() {
        return new SelfCareText(selfPressure, pressurePosition, pressureTool, gentlePressure, frequency);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public UUID updatedBy() {
        return updatedBy;
    }
}
