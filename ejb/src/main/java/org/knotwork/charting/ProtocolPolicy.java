package org.knotwork.charting;

import java.util.Set;
import org.knotwork.client.Contraindication;

/**
 * What a session is checked against: the practice's limit for discomfort during compression (the technique must be
 * pain free; default 3/10) and the client's contraindications.
 */
public record ProtocolPolicy(int discomfortThreshold, Set<Contraindication> contraindications) {

    public static final int DEFAULT_DISCOMFORT_THRESHOLD = 3;
    public static final int HEAT_MIN_MINUTES = 5;
    public static final int HEAT_MAX_MINUTES = 10;
    /** Compression at or above this on the 0–10 scale is firm: too much for a client on anticoagulants. */
    public static final int FIRM_PRESSURE_LEVEL = 5;
    /** An algometer reading at or above this is firm (about 3 kgf/cm²). */
    public static final double FIRM_PRESSURE_KPA = 294.0;

    public ProtocolPolicy {
        contraindications = Set.copyOf(contraindications);
    }

    public boolean sensationImpaired() {
        return contraindications.contains(Contraindication.IMPAIRED_SENSATION)
                || contraindications.contains(Contraindication.DIABETIC_NEUROPATHY);
    }

    public boolean onAnticoagulants() {
        return contraindications.contains(Contraindication.ANTICOAGULANTS);
    }
}
