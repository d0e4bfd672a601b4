package org.knotwork.safety;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Places where a client pressing a point themselves can press on a nerve or a large vessel, each with the muscles
 * whose self-pressure comes near it and the stop the sheet prints beside their instructions (a key of the handout's
 * wording).
 */
public enum EndangermentSite {
    /** The carotid artery beside the windpipe, and the nerves to the arm above the collarbone. */
    FRONT_OF_NECK("stop.neck", Set.of("STERNOCLEIDOMASTOID", "SCALENES")),
    /** The nerves and vessels to the arm (brachial plexus, axillary artery). */
    ARMPIT("stop.armpit", Set.of("SUBSCAPULARIS", "PECTORALIS_MINOR", "LATISSIMUS_DORSI", "TERES_MAJOR")),
    /** The femoral artery and nerve in the fold of the groin. */
    GROIN("stop.groin", Set.of("ILIOPSOAS")),
    /** The femoral vessels and the saphenous nerve in the adductor canal. */
    INNER_THIGH("stop.innerThigh", Set.of("ADDUCTOR_LONGUS_BREVIS", "ADDUCTOR_MAGNUS")),
    /** The common fibular nerve where it winds round the neck of the fibula, below the outer knee. */
    OUTER_KNEE("stop.outerKnee", Set.of("PERONEUS_LONGUS", "EXTENSOR_DIGITORUM_LONGUS")),
    /** The sciatic nerve deep in the buttock and the back of the thigh. */
    SCIATIC_NERVE("stop.sciatic", Set.of("PIRIFORMIS", "GLUTEUS_MAXIMUS", "HAMSTRINGS"));

    private final String stop;
    private final Set<String> muscles;

    EndangermentSite(String stop, Set<String> muscles) {
        this.stop = stop;
        this.muscles = muscles;
    }

    /** The wording key of the stop printed with the muscle's self-pressure. */
    public String stop() {
        return stop;
    }

    public Set<String> muscleCodes() {
        return muscles;
    }

    /** The site a muscle's self-pressure comes near, if any. */
    public static Optional<EndangermentSite> near(String muscleCode) {
        return Arrays.stream(values())
                .filter(s -> s.muscles.contains(muscleCode))
                .findFirst();
    }
}
