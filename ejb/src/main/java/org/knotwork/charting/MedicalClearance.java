package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.knotwork.client.Contraindication;

/**
 * A medical clearance recorded with a note: who cleared treatment despite the contraindication (a doctor, the
 * oncology team) and on which day. It stands in for a reason on the deviations that need clearance for that
 * contraindication.
 */
@Embeddable
public class MedicalClearance {

    @Enumerated(EnumType.STRING)
    private Contraindication contraindication;

    @Column(name = "cleared_by")
    private String clearedBy;

    @Column(name = "cleared_on")
    private LocalDate clearedOn;

    protected MedicalClearance() {}

    public MedicalClearance(Contraindication contraindication, String clearedBy, LocalDate clearedOn) {
        this.contraindication = contraindication;
        this.clearedBy = clearedBy;
        this.clearedOn = clearedOn;
    }

    public Contraindication contraindication() {
        return contraindication;
    }

    public String clearedBy() {
        return clearedBy;
    }

    public LocalDate clearedOn() {
        return clearedOn;
    }
}
