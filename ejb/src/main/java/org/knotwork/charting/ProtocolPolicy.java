package org.knotwork.charting;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;

/**
 * What a session is checked against besides the protocol itself: the practice's limit for discomfort during
 * compression (the technique must be pain free; default 3/10), the client's contraindications and the sites their
 * record names for those at a site.
 */
public record ProtocolPolicy(
        int discomfortThreshold, Set<Contraindication> contraindications, Map<Contraindication, Set<Region>> sites) {

    public static final int DEFAULT_DISCOMFORT_THRESHOLD = 3;

    public ProtocolPolicy {
        contraindications = Set.copyOf(contraindications);
        sites = sites.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sites));
    }

    /** A client without sites recorded for their contraindications. */
    public ProtocolPolicy(int discomfortThreshold, Set<Contraindication> contraindications) {
        this(discomfortThreshold, contraindications, Map.of());
    }
}
