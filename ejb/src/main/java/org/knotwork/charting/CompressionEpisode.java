package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.DeviationType;
import org.knotwork.safety.Dosage;
import org.knotwork.safety.Manner;
import org.knotwork.safety.Technique;

/**
 * Ischemic compression: sustained pressure built up slowly and kept below the client's pain threshold. Pressure is
 * the therapist's 0–10 estimate or an algometer reading (stored in kPa), or both.
 */
@Entity
@DiscriminatorValue("COMPRESSION")
public class CompressionEpisode extends Episode {

    /** What a draft without the client's discomfort still needs before it is signed. */
    public static final String DISCOMFORT_BEFORE_SIGNING = "Record the client's discomfort (0 to 10) before signing.";

    @Column(name = "pressure_level")
    private Integer pressureLevel;

    @Column(name = "pressure_kpa")
    private Double pressureKpa;

    @Column(name = "hold_seconds")
    private Integer holdSeconds;

    private Integer repetitions;

    private Integer discomfort;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    private ReleaseReason releaseReason;

    protected CompressionEpisode() {}

    public CompressionEpisode(
            Integer pressureLevel,
            Double pressureKpa,
            Integer holdSeconds,
            Integer repetitions,
            Integer discomfort,
            ReleaseReason releaseReason) {
        if (pressureLevel == null && pressureKpa == null) {
            throw new RuleViolationException(
                    "pressureLevel", "Give the pressure: on the 0–10 scale, as an algometer reading, or both.");
        }
        if (pressureLevel != null) {
            requireBetween("pressureLevel", "Pressure", pressureLevel, 0, 10);
        }
        if (pressureKpa != null && !(pressureKpa > 0 && pressureKpa <= 2000)) {
            throw new RuleViolationException("pressure", "An algometer reading must be above 0 and at most 2000 kPa.");
        }
        this.pressureLevel = pressureLevel;
        this.pressureKpa = pressureKpa;
        this.holdSeconds = requireBetween("holdSeconds", "Hold time", holdSeconds, 1, 600);
        this.repetitions = requireBetween("repetitions", "Repetitions", repetitions, 1, 20);
        // A draft may wait for the client's discomfort (never copied from an earlier session); signing needs it.
        this.discomfort = discomfort == null ? null : requireBetween("discomfort", "Discomfort", discomfort, 0, 10);
        this.releaseReason = releaseReason;
    }

    @Override
    Episode unattachedCopy() {
        return new CompressionEpisode(pressureLevel, pressureKpa, holdSeconds, repetitions, discomfort, releaseReason);
    }

    @Override
    List<Object> recorded() {
        return Arrays.asList(
                technique(), pressureLevel, pressureKpa, holdSeconds, repetitions, discomfort, releaseReason);
    }

    @Override
    List<Finding> deviations(ProtocolPolicy policy) {
        List<Finding> found = new ArrayList<>();
        if (discomfort != null && discomfort > policy.discomfortThreshold()) {
            found.add(new Finding(
                    DeviationType.PAINFUL_COMPRESSION,
                    "discomfort " + discomfort + "/10, above the practice's limit of " + policy.discomfortThreshold()
                            + "/10"));
        }
        List<String> over = new ArrayList<>();
        if (holdSeconds > Dosage.COMPRESSION_HOLD_MAX_SECONDS) {
            over.add("held " + holdSeconds + " s (more than " + Dosage.COMPRESSION_HOLD_MAX_SECONDS + " s)");
        }
        if (repetitions > Dosage.COMPRESSION_REPETITIONS_MAX) {
            over.add(repetitions + " repetitions (more than " + Dosage.COMPRESSION_REPETITIONS_MAX + ")");
        }
        if (!over.isEmpty()) {
            found.add(new Finding(DeviationType.COMPRESSION_DOSE_TOO_HIGH, String.join(" and ", over)));
        }
        return found;
    }

    @Override
    Technique technique() {
        return Technique.COMPRESSION;
    }

    @Override
    Set<Manner> manners() {
        return isFirm() ? Set.of(Manner.ANY, Manner.FIRM) : Set.of(Manner.ANY);
    }

    @Override
    String described() {
        return "compression at " + pressure();
    }

    private String pressure() {
        if (pressureLevel != null && (pressureKpa == null || pressureLevel >= Dosage.FIRM_PRESSURE_LEVEL)) {
            return pressureLevel + "/10";
        }
        return Math.round(pressureKpa) + " kPa";
    }

    boolean isFirm() {
        return (pressureLevel != null && pressureLevel >= Dosage.FIRM_PRESSURE_LEVEL)
                || (pressureKpa != null && pressureKpa >= Dosage.FIRM_PRESSURE_KPA);
    }

    public Integer pressureLevel() {
        return pressureLevel;
    }

    public Double pressureKpa() {
        return pressureKpa;
    }

    public int holdSeconds() {
        return holdSeconds;
    }

    public int repetitions() {
        return repetitions;
    }

    /** The client's discomfort during the hold, 0–10; {@code null} in a draft that has not recorded it yet. */
    public Integer discomfort() {
        return discomfort;
    }

    public ReleaseReason releaseReason() {
        return releaseReason;
    }
}
