package org.knotwork.safety;

import static org.knotwork.client.Contraindication.ANTICOAGULANTS;
import static org.knotwork.client.Contraindication.CANCER_HISTORY;
import static org.knotwork.client.Contraindication.CARDIAC;
import static org.knotwork.client.Contraindication.DIABETIC_NEUROPATHY;
import static org.knotwork.client.Contraindication.DVT_HISTORY;
import static org.knotwork.client.Contraindication.FEVER;
import static org.knotwork.client.Contraindication.IMPAIRED_SENSATION;
import static org.knotwork.client.Contraindication.OSTEOPOROSIS;
import static org.knotwork.client.Contraindication.PREGNANCY;
import static org.knotwork.client.Contraindication.RECENT_TRAUMA;
import static org.knotwork.client.Contraindication.SKIN_LESION;
import static org.knotwork.safety.BodyArea.ABDOMEN;
import static org.knotwork.safety.BodyArea.ANYWHERE;
import static org.knotwork.safety.BodyArea.AT_SITE;
import static org.knotwork.safety.BodyArea.BELLY_AND_LOW_BACK;
import static org.knotwork.safety.BodyArea.GROIN;
import static org.knotwork.safety.BodyArea.INNER_THIGH_AND_CALF;
import static org.knotwork.safety.BodyArea.LEGS;
import static org.knotwork.safety.BodyArea.MEDIAL_THIGH;
import static org.knotwork.safety.BodyArea.SPINE_AND_RIBS;
import static org.knotwork.safety.Effect.VARIANT;
import static org.knotwork.safety.Effect.WITHHOLD;
import static org.knotwork.safety.Manner.ANY;
import static org.knotwork.safety.Manner.FACE_DOWN;
import static org.knotwork.safety.Manner.FIRM;
import static org.knotwork.safety.Manner.FLAT_OR_FACE_DOWN;
import static org.knotwork.safety.Manner.LOADED_SPINAL_FLEXION;
import static org.knotwork.safety.Manner.WITH_BALL_OR_BODY_WEIGHT;
import static org.knotwork.safety.SafetyRule.session;
import static org.knotwork.safety.SafetyRule.sheet;
import static org.knotwork.safety.Technique.COMPRESSION;
import static org.knotwork.safety.Technique.HEAT;
import static org.knotwork.safety.Technique.POSITION;
import static org.knotwork.safety.Technique.SELF_PRESSURE;
import static org.knotwork.safety.Technique.SESSION;
import static org.knotwork.safety.Technique.STRETCH;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.client.Contraindication;

/**
 * The contraindication × body area × technique rules, after the safety rules of the clinical domain (DOMAIN.md):
 * what charting flags and what the home-care sheet leaves out or changes. Charting and the handout both read this
 * table; docs/safety-rules.md shows it to clinicians and a test keeps the two the same.
 */
public final class SafetyRules {

    public static final List<SafetyRule> ALL = List.of(
            session(DVT_HISTORY, LEGS, COMPRESSION, ANY, DeviationType.LEG_COMPRESSION_AFTER_DVT),
            sheet(DVT_HISTORY, LEGS, SELF_PRESSURE, ANY, WITHHOLD, "rule.dvt.legs"),
            session(PREGNANCY, ABDOMEN, COMPRESSION, ANY, DeviationType.COMPRESSION_AT_PREGNANCY_SITE),
            session(PREGNANCY, GROIN, COMPRESSION, ANY, DeviationType.COMPRESSION_AT_PREGNANCY_SITE),
            session(PREGNANCY, MEDIAL_THIGH, COMPRESSION, ANY, DeviationType.COMPRESSION_AT_PREGNANCY_SITE),
            session(PREGNANCY, ANYWHERE, POSITION, FACE_DOWN, DeviationType.FACE_DOWN_IN_PREGNANCY),
            session(PREGNANCY, ABDOMEN, HEAT, ANY, DeviationType.HEAT_ON_ABDOMEN_IN_PREGNANCY),
            sheet(PREGNANCY, ABDOMEN, SELF_PRESSURE, ANY, WITHHOLD, "rule.pregnancy.belly"),
            sheet(PREGNANCY, GROIN, SELF_PRESSURE, ANY, WITHHOLD, "rule.pregnancy.belly"),
            sheet(PREGNANCY, MEDIAL_THIGH, SELF_PRESSURE, ANY, WITHHOLD, "rule.pregnancy.belly"),
            sheet(PREGNANCY, INNER_THIGH_AND_CALF, SELF_PRESSURE, ANY, VARIANT, "rule.pregnancy.legs"),
            sheet(PREGNANCY, ANYWHERE, POSITION, FLAT_OR_FACE_DOWN, VARIANT, "rule.pregnancy.position"),
            sheet(PREGNANCY, ANYWHERE, HEAT, ANY, VARIANT, "rule.pregnancy.heat"),
            sheet(PREGNANCY, BELLY_AND_LOW_BACK, HEAT, ANY, WITHHOLD, "rule.pregnancy.heat"),
            sheet(PREGNANCY, ABDOMEN, STRETCH, ANY, WITHHOLD, "rule.pregnancy.abdomen.stretch"),
            session(ANTICOAGULANTS, ANYWHERE, COMPRESSION, FIRM, DeviationType.FIRM_COMPRESSION_ON_ANTICOAGULANTS),
            sheet(ANTICOAGULANTS, ANYWHERE, SELF_PRESSURE, ANY, VARIANT, "rule.anticoagulants"),
            session(OSTEOPOROSIS, ANYWHERE, COMPRESSION, FIRM, DeviationType.FIRM_COMPRESSION_WITH_OSTEOPOROSIS),
            sheet(
                    OSTEOPOROSIS,
                    SPINE_AND_RIBS,
                    SELF_PRESSURE,
                    WITH_BALL_OR_BODY_WEIGHT,
                    VARIANT,
                    "rule.osteoporosis.ball"),
            sheet(OSTEOPOROSIS, ANYWHERE, STRETCH, LOADED_SPINAL_FLEXION, VARIANT, "rule.osteoporosis.flexion"),
            session(IMPAIRED_SENSATION, ANYWHERE, HEAT, ANY, DeviationType.HEAT_WITH_IMPAIRED_SENSATION),
            session(
                    IMPAIRED_SENSATION,
                    ANYWHERE,
                    COMPRESSION,
                    FIRM,
                    DeviationType.FIRM_COMPRESSION_WITH_IMPAIRED_SENSATION),
            sheet(IMPAIRED_SENSATION, ANYWHERE, HEAT, ANY, WITHHOLD, "rule.sensation.heat"),
            sheet(IMPAIRED_SENSATION, ANYWHERE, SELF_PRESSURE, ANY, VARIANT, "rule.sensation.pressure"),
            session(DIABETIC_NEUROPATHY, ANYWHERE, HEAT, ANY, DeviationType.HEAT_WITH_IMPAIRED_SENSATION),
            session(
                    DIABETIC_NEUROPATHY,
                    ANYWHERE,
                    COMPRESSION,
                    FIRM,
                    DeviationType.FIRM_COMPRESSION_WITH_IMPAIRED_SENSATION),
            sheet(DIABETIC_NEUROPATHY, ANYWHERE, HEAT, ANY, WITHHOLD, "rule.neuropathy.heat"),
            sheet(DIABETIC_NEUROPATHY, ANYWHERE, SELF_PRESSURE, ANY, VARIANT, "rule.sensation.pressure"),
            session(RECENT_TRAUMA, AT_SITE, COMPRESSION, ANY, DeviationType.TREATED_AT_INJURY_SITE),
            session(RECENT_TRAUMA, AT_SITE, STRETCH, ANY, DeviationType.TREATED_AT_INJURY_SITE),
            session(RECENT_TRAUMA, AT_SITE, HEAT, ANY, DeviationType.TREATED_AT_INJURY_SITE),
            sheet(RECENT_TRAUMA, AT_SITE, SELF_PRESSURE, ANY, WITHHOLD, "rule.trauma.pressure"),
            sheet(RECENT_TRAUMA, AT_SITE, STRETCH, ANY, WITHHOLD, "rule.trauma.stretch"),
            sheet(RECENT_TRAUMA, ANYWHERE, HEAT, ANY, WITHHOLD, "rule.trauma.heat"),
            session(SKIN_LESION, AT_SITE, COMPRESSION, ANY, DeviationType.TREATED_OVER_SKIN_LESION),
            session(SKIN_LESION, AT_SITE, STRETCH, ANY, DeviationType.TREATED_OVER_SKIN_LESION),
            session(SKIN_LESION, AT_SITE, HEAT, ANY, DeviationType.TREATED_OVER_SKIN_LESION),
            sheet(SKIN_LESION, AT_SITE, SELF_PRESSURE, ANY, WITHHOLD, "rule.lesion.pressure"),
            sheet(SKIN_LESION, AT_SITE, HEAT, ANY, WITHHOLD, "rule.lesion.heat"),
            session(FEVER, ANYWHERE, SESSION, ANY, DeviationType.SESSION_DURING_FEVER),
            sheet(FEVER, ANYWHERE, HEAT, ANY, WITHHOLD, "rule.fever.heat"),
            session(CARDIAC, ANYWHERE, HEAT, ANY, DeviationType.HEAT_WITH_CARDIAC_CONDITION),
            sheet(CARDIAC, ANYWHERE, HEAT, ANY, VARIANT, "rule.cardiac.heat"),
            session(CANCER_HISTORY, AT_SITE, COMPRESSION, ANY, DeviationType.TREATED_NEAR_CANCER_SITE),
            session(CANCER_HISTORY, AT_SITE, STRETCH, ANY, DeviationType.TREATED_NEAR_CANCER_SITE),
            session(CANCER_HISTORY, AT_SITE, HEAT, ANY, DeviationType.TREATED_NEAR_CANCER_SITE),
            sheet(CANCER_HISTORY, AT_SITE, SELF_PRESSURE, ANY, WITHHOLD, "rule.cancer.pressure"),
            sheet(CANCER_HISTORY, AT_SITE, HEAT, ANY, WITHHOLD, "rule.cancer.heat"));

    private SafetyRules() {}

    /** The rules that flag a session of a client with these contraindications. */
    public static Stream<SafetyRule> forSession(Set<Contraindication> client) {
        return ALL.stream().filter(r -> r.effect().inSession() && client.contains(r.contraindication()));
    }

    /**
     * The sheet rules a home stretch runs into for this client at this place: its position (flat on the back, face
     * down) or bending the spine forward under load.
     */
    public static List<SafetyRule> againstStretch(
            Set<Contraindication> client, Place place, BodyPosition position, boolean loadsSpinalFlexion) {
        Set<Manner> posture =
                position.isFlatOrFaceDown() ? Set.of(Manner.ANY, Manner.FLAT_OR_FACE_DOWN) : Set.of(Manner.ANY);
        Set<Manner> bending =
                loadsSpinalFlexion ? Set.of(Manner.ANY, Manner.LOADED_SPINAL_FLEXION) : Set.of(Manner.ANY);
        return forSheet(client)
                .filter(r -> r.appliesTo(POSITION, posture, place) || r.appliesTo(STRETCH, bending, place))
                .toList();
    }

    /**
     * The conditions of these that postpone any session (a fever): the home care a client does alone waits for them
     * too, so the sheet's routine begins only once they have gone.
     */
    public static Set<Contraindication> postponingHomeCare(Set<Contraindication> client) {
        return forSession(client)
                .filter(r -> r.appliesTo(SESSION, Set.of(Manner.ANY), null))
                .map(SafetyRule::contraindication)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The rules that shape the home-care sheet of a client with these contraindications. */
    public static Stream<SafetyRule> forSheet(Set<Contraindication> client) {
        return ALL.stream().filter(r -> !r.effect().inSession() && client.contains(r.contraindication()));
    }
}
