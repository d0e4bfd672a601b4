package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.platform.RuleViolationException;

/** Gentle heat on the area, last, for 5–10 minutes. */
@Entity
@DiscriminatorValue("HEAT")
public class HeatEpisode extends Episode {

    @Enumerated(EnumType.STRING)
    private HeatModality modality;

    private Integer minutes;

    @Column(name = "skin_checked")
    private Boolean skinChecked;

    protected HeatEpisode() {}

    public HeatEpisode(HeatModality modality, Integer minutes, boolean skinChecked) {
        if (modality == null) {
            throw new RuleViolationException("modality", "Say what gave the heat.");
        }
        this.modality = modality;
        this.minutes = requireBetween("minutes", "Heat time", minutes, 1, 60);
        this.skinChecked = skinChecked;
    }

    @Override
    Episode unattachedCopy() {
        return new HeatEpisode(modality, minutes, skinChecked);
    }

    @Override
    List<Finding> deviations(ProtocolPolicy policy) {
        List<Finding> found = new ArrayList<>();
        if (minutes < ProtocolPolicy.HEAT_MIN_MINUTES || minutes > ProtocolPolicy.HEAT_MAX_MINUTES) {
            found.add(new Finding(DeviationType.HEAT_OUT_OF_RANGE, minutes + " minutes"));
        }
        if (policy.sensationImpaired()) {
            found.add(new Finding(
                    DeviationType.HEAT_WITH_IMPAIRED_SENSATION, "the client's intake records impaired sensation"));
        }
        return found;
    }

    public HeatModality modality() {
        return modality;
    }

    public int minutes() {
        return minutes;
    }

    public boolean skinChecked() {
        return skinChecked;
    }
}
