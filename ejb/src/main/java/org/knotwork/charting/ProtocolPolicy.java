package org.knotwork.charting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.RecentTrauma;

/**
 * What a session is checked against besides the protocol itself: the practice's limit for discomfort during
 * compression (the technique must be pain free; default 3/10), the client's contraindications, the sites their
 * record names for those at a site, and until when their recent trauma is recent (null: its date is not recorded, so
 * it stays recent).
 */
public record ProtocolPolicy(
        int discomfortThreshold,
        Set<Contraindication> contraindications,
        Map<Contraindication, Set<Region>> sites,
        Instant traumaRecentUntil) {

    public static final int DEFAULT_DISCOMFORT_THRESHOLD = 3;

    public ProtocolPolicy {
        contraindications = Set.copyOf(contraindications);
        sites = sites.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sites));
    }

    /** A client whose injury, if any, has no date. */
    public ProtocolPolicy(
            int discomfortThreshold,
            Set<Contraindication> contraindications,
            Map<Contraindication, Set<Region>> sites) {
        this(discomfortThreshold, contraindications, sites, null);
    }

    /** A client without sites recorded for their contraindications. */
    public ProtocolPolicy(int discomfortThreshold, Set<Contraindication> contraindications) {
        this(discomfortThreshold, contraindications, Map.of());
    }

    /** The client's policy, their injury's date read in the clinic's time zone. */
    public static ProtocolPolicy of(
            int discomfortThreshold, Client client, Map<Contraindication, Set<Region>> sites, ZoneId clinicZone) {
        return new ProtocolPolicy(
                discomfortThreshold,
                client.contraindications(),
                sites,
                RecentTrauma.recentUntil(client.injuryDate(), client.injuryTime(), clinicZone));
    }

    /**
     * The policy for a session at {@code sessionAt}: a trauma past its first 72 hours by then no longer applies, nor
     * does its site. Flagging it for good taught therapists to ignore the flag.
     */
    public ProtocolPolicy at(Instant sessionAt) {
        if (!contraindications.contains(Contraindication.RECENT_TRAUMA)
                || RecentTrauma.stillRecent(traumaRecentUntil, sessionAt)) {
            return this;
        }
        Set<Contraindication> applying = EnumSet.copyOf(contraindications);
        applying.remove(Contraindication.RECENT_TRAUMA);
        Map<Contraindication, Set<Region>> applyingSites = new EnumMap<>(Contraindication.class);
        applyingSites.putAll(sites);
        applyingSites.remove(Contraindication.RECENT_TRAUMA);
        return new ProtocolPolicy(discomfortThreshold, applying, applyingSites, traumaRecentUntil);
    }
}
