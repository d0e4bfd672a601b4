package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.DeviationType;
import org.knotwork.safety.Dosage;
import org.knotwork.safety.Technique;

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
    List<Object> recorded() {
        return Arrays.asList(technique(), modality, minutes, skinChecked);
    }

    @Override
    List<Finding> deviations(ProtocolPolicy policy) {
        List<Finding> found = new ArrayList<>();
        if (!Dosage.HEAT_MINUTES.contains(minutes)) {
            found.add(new Finding(DeviationType.HEAT_OUT_OF_RANGE, minutes + " minutes"));
        }
        if (!skinChecked) {
            found.add(new Finding(DeviationType.HEAT_WITHOUT_SKIN_CHECK, "the skin was not recorded as checked"));
        }
        return found;
    }

    @Override
    Technique technique() {
        return Technique.HEAT;
    }

    @Override
    String described() {
        return "heat for " + minutes + " minutes";
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
