package org.knotwork.safety;

import java.util.Map;
import java.util.Set;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;

/**
 * Where something is done, as the rules see it: the muscle, the sites the client's record names for conditions at a
 * site, and whether the therapist checked the site and did not treat over it.
 *
 * <p>A condition at a site without a recorded site is taken to be anywhere: not knowing where the injury is, every
 * point could be over it.
 */
public record Place(Muscle muscle, Map<Contraindication, Set<Region>> sites, boolean siteAvoided) {

    public Place {
        sites = Map.copyOf(sites);
    }

    boolean in(BodyArea area, Contraindication condition) {
        if (area != BodyArea.AT_SITE) {
            return area.contains(muscle);
        }
        if (siteAvoided) {
            return false;
        }
        Set<Region> recorded = sites.get(condition);
        return recorded == null || recorded.isEmpty() || recorded.contains(muscle.region());
    }
}
