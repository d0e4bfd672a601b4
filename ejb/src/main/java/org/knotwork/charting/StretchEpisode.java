package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.List;
import org.knotwork.platform.RuleViolationException;

/** The slow stretch after compression, the client breathing out as the range increases; never forced. */
@Entity
@DiscriminatorValue("STRETCH")
public class StretchEpisode extends Episode {

    @Column(name = "stretch_name")
    private String stretch;

    @Column(name = "hold_seconds")
    private Integer holdSeconds;

    private Integer repetitions;

    @Column(name = "breathing_coordinated")
    private Boolean breathingCoordinated;

    private Boolean forced;

    protected StretchEpisode() {}

    public StretchEpisode(
            String stretch, Integer holdSeconds, Integer repetitions, boolean breathingCoordinated, boolean forced) {
        if (stretch == null || stretch.isBlank() || stretch.length() > 200) {
            throw new RuleViolationException("stretch", "Name the stretch (at most 200 characters).");
        }
        this.stretch = stretch.strip();
        this.holdSeconds = requireBetween("holdSeconds", "Hold time", holdSeconds, 1, 600);
        this.repetitions = requireBetween("repetitions", "Repetitions", repetitions, 1, 20);
        this.breathingCoordinated = breathingCoordinated;
        this.forced = forced;
    }

    @Override
    Episode unattachedCopy() {
        return new StretchEpisode(stretch, holdSeconds, repetitions, breathingCoordinated, forced);
    }

    @Override
    List<Finding> deviations(ProtocolPolicy policy) {
        return forced ? List.of(new Finding(DeviationType.FORCED_STRETCH, "recorded as forced")) : List.of();
    }

    public String stretch() {
        return stretch;
    }

    public int holdSeconds() {
        return holdSeconds;
    }

    public int repetitions() {
        return repetitions;
    }

    public boolean breathingCoordinated() {
        return breathingCoordinated;
    }

    public boolean forced() {
        return forced;
    }
}
