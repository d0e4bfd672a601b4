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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.HomeDose;

/**
 * What the note records per treated point besides its episodes: the pressure-pain threshold before and after (kPa),
 * the status after, how the client lay, whether the site of an injury, lesion or cancer was checked and spared, and
 * the point's home care (doses within the home ranges, the stretch chosen or the therapist's own).
 */
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

    @Enumerated(EnumType.STRING)
    private BodyPosition position;

    @Column(name = "site_avoided")
    private boolean siteAvoided;

    @Column(name = "home_pressure_seconds")
    private Integer homePressureSeconds;

    @Column(name = "home_pressure_repetitions")
    private Integer homePressureRepetitions;

    @Column(name = "home_stretch_seconds")
    private Integer homeStretchSeconds;

    @Column(name = "home_stretch_repetitions")
    private Integer homeStretchRepetitions;

    @Column(name = "home_stretch_code")
    private String homeStretchCode;

    @Column(name = "own_stretch_name")
    private String ownStretchName;

    @Column(name = "own_stretch_steps")
    private String ownStretchSteps;

    @Enumerated(EnumType.STRING)
    @Column(name = "own_stretch_position")
    private BodyPosition ownStretchPosition;

    @Column(name = "own_stretch_loads_flexion")
    private Boolean ownStretchLoadsFlexion;

    /**
     * The highest pressure-pain threshold taken as a reading (about 20 kgf/cm², beyond any hand-held algometer's
     * scale): anything above is a slip of the unit or a digit. Forms convert it to the unit the reading was sent in.
     */
    public static final double MAX_PPT_KPA = 2000;

    private static final String MAX_PPT_KPA_TEXT = "2000";

    protected PointMeasurement() {}

    PointMeasurement(TreatmentNote note, TreatedPoint treated) {
        this.note = note;
        this.triggerPoint = treated.point();
        this.pptBeforeKpa = requirePlausible("pptBefore", treated.pptBeforeKpa());
        this.pptAfterKpa = requirePlausible("pptAfter", treated.pptAfterKpa());
        this.statusAfter = treated.statusAfter();
        this.position = treated.position();
        this.siteAvoided = treated.siteAvoided();
        HomePlan home = treated.home();
        // Checked within the home ranges, and kept as typed: a dose left out stays "the usual", never a number the
        // therapist did not write.
        HomeDose.selfPressure("homeCare.selfPressure", home.pressureSeconds(), home.pressureRepetitions());
        HomeDose.stretch("homeCare.stretch", home.stretchSeconds(), home.stretchRepetitions());
        requireWhole("homeCare.selfPressure", "self-pressure", home.pressureSeconds(), home.pressureRepetitions());
        requireWhole("homeCare.stretch", "stretch", home.stretchSeconds(), home.stretchRepetitions());
        this.homePressureSeconds = home.pressureSeconds();
        this.homePressureRepetitions = home.pressureRepetitions();
        this.homeStretchSeconds = home.stretchSeconds();
        this.homeStretchRepetitions = home.stretchRepetitions();
        if (home.stretch() != null && home.ownStretch() != null) {
            throw new RuleViolationException(
                    "homeCare.stretchCode", "Choose a stretch from the catalogue or give your own steps, not both.");
        }
        if (home.stretch() != null) {
            if (!home.stretch().muscleCode().equals(treated.point().muscle().code())) {
                throw new RuleViolationException(
                        "homeCare.stretchCode",
                        "\"" + home.stretch().name() + "\" is not a stretch of the "
                                + treated.point().muscle().name().toLowerCase() + ".");
            }
            this.homeStretchCode = home.stretch().code();
        }
        OwnStretch own = home.ownStretch();
        if (own != null) {
            this.ownStretchName = own.name();
            this.ownStretchSteps = own.joinedSteps();
            this.ownStretchPosition = own.position();
            this.ownStretchLoadsFlexion = own.loadsSpinalFlexion();
        }
    }

    private static Double requirePlausible(String field, Double kpa) {
        if (kpa != null && !(kpa > 0 && kpa <= MAX_PPT_KPA)) {
            throw new RuleViolationException(
                    field, "A pressure-pain threshold must be above 0 and at most " + MAX_PPT_KPA_TEXT + " kPa.");
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

    /** How the client lay while the point was treated; {@code null} when not recorded. */
    public BodyPosition position() {
        return position;
    }

    /** The site of an injury, lesion or cancer was checked and this point was not treated over it. */
    public boolean siteAvoided() {
        return siteAvoided;
    }

    /** A home dose is given whole (hold and times) or left to the usual one: half of one is refused, not filled in. */
    private static void requireWhole(String field, String what, Integer seconds, Integer times) {
        if ((seconds == null) != (times == null)) {
            throw new RuleViolationException(
                    field + (seconds == null ? ".holdSeconds" : ".repetitions"),
                    "Give the home " + what + "'s hold and its times both, or neither for the usual dose.");
        }
    }

    /** The home self-pressure dose as the therapist set it; {@code null} when left to the usual one. */
    public HomeDose homePressureAsSet() {
        return homePressureSeconds == null ? null : new HomeDose(homePressureSeconds, homePressureRepetitions);
    }

    /** The home stretch dose as the therapist set it; {@code null} when left to the usual one. */
    public HomeDose homeStretchAsSet() {
        return homeStretchSeconds == null ? null : new HomeDose(homeStretchSeconds, homeStretchRepetitions);
    }

    /** The client's self-pressure at home: as set, or the usual home dose. */
    public HomeDose homePressure() {
        return homePressureSeconds == null
                ? HomeDose.SELF_PRESSURE_DEFAULT
                : new HomeDose(homePressureSeconds, homePressureRepetitions);
    }

    /** The client's stretch at home: as set, or the usual home dose. */
    public HomeDose homeStretch() {
        return homeStretchSeconds == null
                ? HomeDose.STRETCH_DEFAULT
                : new HomeDose(homeStretchSeconds, homeStretchRepetitions);
    }

    /** The catalogue stretch chosen for the sheet, by code; {@code null} when none was chosen. */
    public String homeStretchCode() {
        return homeStretchCode;
    }

    /** The therapist's own stretch for the sheet; {@code null} when they gave none. */
    public OwnStretch ownStretch() {
        return OwnStretch.stored(ownStretchName, ownStretchSteps, ownStretchPosition, ownStretchLoadsFlexion);
    }

    /** What is recorded for the point, as values, the fields as stored: two with equal values record the same. */
    List<Object> recorded() {
        return Arrays.asList(
                pptBeforeKpa,
                pptAfterKpa,
                statusAfter,
                position,
                siteAvoided,
                homePressureSeconds,
                homePressureRepetitions,
                homeStretchSeconds,
                homeStretchRepetitions,
                homeStretchCode,
                ownStretchName,
                ownStretchSteps,
                ownStretchPosition,
                ownStretchLoadsFlexion);
    }

    /** The point's status at the end of the session; {@code null} when the session did not change it. */
    public PointStatus statusAfter() {
        return statusAfter;
    }
}
