package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.VisibleText;
import org.knotwork.safety.DeviationType;
import org.knotwork.safety.Dosage;
import org.knotwork.safety.Range;
import org.knotwork.safety.Technique;

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
        if (!VisibleText.present(stretch) || stretch.length() > 200) {
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
    List<Object> recorded() {
        return Arrays.asList(technique(), stretch, holdSeconds, repetitions, breathingCoordinated, forced);
    }

    @Override
    List<Finding> deviations(ProtocolPolicy policy) {
        List<Finding> found = new ArrayList<>();
        if (forced) {
            found.add(new Finding(DeviationType.FORCED_STRETCH, "recorded as forced"));
        }
        Range hold = Dosage.STRETCH_HOLD_SECONDS;
        Range times = Dosage.STRETCH_REPETITIONS;
        List<String> outside = new ArrayList<>();
        if (!hold.contains(holdSeconds)) {
            outside.add("held " + holdSeconds + " s (" + hold.min() + "–" + hold.max() + " s)");
        }
        if (!times.contains(repetitions)) {
            outside.add(repetitions + " repetitions (at most " + times.max() + ")");
        }
        if (!outside.isEmpty()) {
            found.add(new Finding(DeviationType.STRETCH_DOSE_OUT_OF_RANGE, String.join(" and ", outside)));
        }
        return found;
    }

    @Override
    Technique technique() {
        return Technique.STRETCH;
    }

    @Override
    String described() {
        return "stretch (" + stretch + ")";
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
