package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.platform.RuleViolationException;

/** A point's pressure-pain threshold before and after the session's treatment, in kPa. */
@Entity
@Table(name = "note_point_measurements")
public class PointMeasurement {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id")
    private TreatmentNote note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trigger_point_id")
    private TriggerPoint triggerPoint;

    @Column(name = "ppt_before_kpa")
    private Double pptBeforeKpa;

    @Column(name = "ppt_after_kpa")
    private Double pptAfterKpa;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    private PointStatus statusAfter;

    protected PointMeasurement() {}

    PointMeasurement(TreatmentNote note, TreatedPoint treated) {
        this.note = note;
        this.triggerPoint = treated.point();
        this.pptBeforeKpa = requirePlausible(treated.pptBeforeKpa());
        this.pptAfterKpa = requirePlausible(treated.pptAfterKpa());
        this.statusAfter = treated.statusAfter();
    }

    private static Double requirePlausible(Double kpa) {
        if (kpa != null && !(kpa > 0 && kpa <= 2000)) {
            throw new RuleViolationException("ppt", "A pressure-pain threshold must be above 0 and at most 2000 kPa.");
        }
        return kpa;
    }

    public TriggerPoint triggerPoint() {
        return triggerPoint;
    }

    public Double pptBeforeKpa() {
        return pptBeforeKpa;
    }

    public Double pptAfterKpa() {
        return pptAfterKpa;
    }

    /** The point's status at the end of the session; {@code null} when the session did not change it. */
    public PointStatus statusAfter() {
        return statusAfter;
    }
}
