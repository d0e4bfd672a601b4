package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.MusclePart;

/** One catalogue stretch of a treated muscle as a handout was first issued with it. */
@Embeddable
public class SnapshotStretch {

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

    protected SnapshotStretch() {}

    SnapshotStretch(String muscle, HomeStretch stretch, int order) {
        this.muscle = muscle;
        this.name = stretch.name();
        this.steps = String.join("\n", stretch.steps());
        this.position = stretch.position();
        this.loadsSpinalFlexion = stretch.loadsSpinalFlexion();
        this.part = stretch.part();
        this.order = order;
    }

    String muscle() {
        return muscle;
    }

    int order() {
        return order;
    }

    HomeStretch stretch(String code) {
        return new HomeStretch(code, name, Arrays.asList(steps.split("\n")), position, loadsSpinalFlexion, part);
    }
}
