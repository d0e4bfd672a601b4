package org.knotwork.charting;

import java.util.List;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Region;

/** The places the contraindication matrices treat: one muscle per region, and the finer places the rules name. */
public final class ContraindicationMatrixFixtures {

    /** One muscle per region of the catalogue, and the finer places the rules name. */
    public static final List<Muscle> PLACES = List.of(
            BodyMapFixtures.muscle("STERNOCLEIDOMASTOID", "Sternocleidomastoid", Region.HEAD_NECK),
            BodyMapFixtures.muscle("UPPER_TRAPEZIUS", "Upper trapezius", Region.SHOULDER),
            BodyMapFixtures.muscle("RHOMBOIDS", "Rhomboids", Region.UPPER_BACK),
            BodyMapFixtures.muscle("PECTORALIS_MAJOR", "Pectoralis major", Region.CHEST),
            BodyMapFixtures.muscle("RECTUS_ABDOMINIS", "Rectus abdominis", Region.ABDOMEN),
            BodyMapFixtures.muscle("BICEPS_BRACHII", "Biceps brachii", Region.ARM),
            BodyMapFixtures.muscle("FOREARM_EXTENSORS", "Forearm extensors", Region.FOREARM_HAND),
            BodyMapFixtures.muscle("QUADRATUS_LUMBORUM", "Quadratus lumborum", Region.LOW_BACK),
            BodyMapFixtures.muscle("GLUTEUS_MEDIUS", "Gluteus medius", Region.HIP),
            BodyMapFixtures.muscle("ILIOPSOAS", "Iliopsoas", Region.HIP),
            BodyMapFixtures.muscle("RECTUS_FEMORIS", "Rectus femoris", Region.THIGH),
            BodyMapFixtures.muscle("ADDUCTOR_MAGNUS", "Adductor magnus", Region.THIGH),
            BodyMapFixtures.muscle("TIBIALIS_ANTERIOR", "Tibialis anterior", Region.LEG_FOOT),
            BodyMapFixtures.muscle("GASTROCNEMIUS", "Gastrocnemius", Region.LEG_FOOT));

    private ContraindicationMatrixFixtures() {}
}
