package org.knotwork.bodymap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A stretch of the catalogue for one muscle, as a client is taught it: name, steps, the position it is done in,
 * whether it bends the spine forward under load, the part of the muscle it lengthens when that matters, and whether
 * it works both sides rather than the one side treated.
 * Reference data shipped in {@code sql/}; the therapist chooses one per treated point for the home-care sheet.
 */
@Entity
@Table(name = "muscle_stretches")
public class Stretch {

    @Id
    private String code;

    @Column(name = "muscle_code")
    private String muscleCode;

    private String name;

    /** One step per line. */
    private String steps;

    @Enumerated(EnumType.STRING)
    private BodyPosition position;

    @Column(name = "loads_spinal_flexion")
    private boolean loadsSpinalFlexion;

    /** The part of the muscle it lengthens; none when it lengthens the whole muscle. */
    @Enumerated(EnumType.STRING)
    private MusclePart part;

    @Column(name = "sort_order")
    private int sortOrder;

    /** It works both sides, at once or in turn (a butterfly, knee rolls): there is no one side to work. */
    @Column(name = "both_sides")
    private boolean bothSides;

    protected Stretch() {}

    /** For tests: stretches otherwise come from the catalogue in {@code sql/}. */
    public Stretch(
            String code,
            String muscleCode,
            String name,
            List<String> steps,
            BodyPosition position,
            boolean loadsSpinalFlexion,
            MusclePart part,
            boolean bothSides,
            int sortOrder) {
        this.code = code;
        this.muscleCode = muscleCode;
        this.name = name;
        this.steps = String.join("\n", steps);
        this.position = position;
        this.loadsSpinalFlexion = loadsSpinalFlexion;
        this.part = part;
        this.bothSides = bothSides;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public String muscleCode() {
        return muscleCode;
    }

    public String name() {
        return name;
    }

    public List<String> steps() {
        return Arrays.asList(steps.split("\n"));
    }

    public BodyPosition position() {
        return position;
    }

    public boolean loadsSpinalFlexion() {
        return loadsSpinalFlexion;
    }

    public MusclePart part() {
        return part;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean bothSides() {
        return bothSides;
    }

    /** Whether it lengthens the part of the muscle a point charted on this view lies in. */
    public boolean suits(MusclePart pointPart) {
        return part == null || part == pointPart;
    }
}
