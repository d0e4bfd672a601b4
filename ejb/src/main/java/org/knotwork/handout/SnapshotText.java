package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.knotwork.bodymap.BodyPosition;

/** One muscle's self-care texts as a handout was first issued with them. */
@Embeddable
public class SnapshotText {

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

    protected SnapshotText() {}

    SnapshotText(SelfCareText text) {
        this.selfPressure = text.selfPressure();
        this.pressurePosition = text.pressurePosition();
        this.pressureTool = text.pressureTool();
        this.gentlePressure = text.gentlePressure();
        this.frequency = text.frequency();
    }

    SelfCareText text() {
        return new SelfCareText(selfPressure, pressurePosition, pressureTool, gentlePressure, frequency);
    }
}
