package org.knotwork.safety;

import java.util.EnumSet;
import java.util.Set;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Region;

/**
 * Where on the body a rule applies: everywhere, at the site the client's record names for the condition, or an area
 * made of catalogue regions and muscles. Areas finer than a region name their muscles (the groin is the
 * iliopsoas' point, not the whole hip).
 */
public enum BodyArea {
    ANYWHERE("anywhere", Set.of(), Set.of()),
    /** The site recorded for the condition, or anywhere when none is; not a point the therapist checked and spared. */
    AT_SITE("at the recorded site (anywhere when none is recorded)", Set.of(), Set.of()),
    LEGS("calf or thigh", EnumSet.of(Region.THIGH, Region.LEG_FOOT), Set.of()),
    ABDOMEN("abdomen", EnumSet.of(Region.ABDOMEN), Set.of()),
    GROIN("groin", Set.of(), Set.of("ILIOPSOAS")),
    BELLY_AND_LOW_BACK("belly or lower back", EnumSet.of(Region.ABDOMEN, Region.LOW_BACK), Set.of()),
    MEDIAL_THIGH("inner thigh", Set.of(), Set.of("ADDUCTOR_LONGUS_BREVIS", "ADDUCTOR_MAGNUS")),
    INNER_THIGH_AND_CALF("lower inner thigh and calf", Set.of(), Set.of("VASTUS_MEDIALIS", "GASTROCNEMIUS", "SOLEUS")),
    SPINE_AND_RIBS(
            "over the spine, ribs, shoulder blades or sacrum",
            EnumSet.of(Region.UPPER_BACK, Region.CHEST, Region.LOW_BACK),
            Set.of(
                    "SUBOCCIPITALS",
                    "SPLENIUS_CAPITIS",
                    "POSTERIOR_CERVICALS",
                    "LEVATOR_SCAPULAE",
                    "SUPRASPINATUS",
                    "INFRASPINATUS",
                    "TERES_MINOR",
                    "TERES_MAJOR",
                    "SUBSCAPULARIS",
                    "GLUTEUS_MAXIMUS",
                    "PIRIFORMIS"));

    private final String words;
    private final Set<Region> regions;
    private final Set<String> muscles;

    BodyArea(String words, Set<Region> regions, Set<String> muscles) {
        this.words = words;
        this.regions = regions;
        this.muscles = muscles;
    }

    public String words() {
        return words;
    }

    /** The muscles named by code (beyond whole regions), so a test can hold them to the catalogue. */
    public Set<String> muscleCodes() {
        return muscles;
    }

    /** Whether a muscle lies in this area; the site-bound area is decided by {@link Place}. */
    boolean contains(Muscle muscle) {
        return this == ANYWHERE || regions.contains(muscle.region()) || muscles.contains(muscle.code());
    }
}
