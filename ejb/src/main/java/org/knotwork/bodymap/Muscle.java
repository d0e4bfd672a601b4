package org.knotwork.bodymap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.knotwork.platform.RuleViolationException;

/**
 * A muscle of the catalogue: reference data from {@code sql/}, never changed by charting. An administrator may
 * correct its referred-pain description and its SNOMED CT code; code, name, region and map places stay as shipped.
 */
@Entity
@Table(name = "muscles")
public class Muscle {

    /** A SNOMED CT concept id: 6 to 18 digits, the last a Verhoeff check digit. */
    private static final Pattern SNOMED_ID = Pattern.compile("[0-9]{6,18}");

    @Id
    private String code;

    @Version
    private int version;

    private String name;

    @Enumerated(EnumType.STRING)
    private Region region;

    @Column(name = "referred_pain")
    private String referredPain;

    @Column(name = "snomed_code")
    private String snomedCode;

    @Column(name = "sort_order")
    private int sortOrder;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "muscle_views", joinColumns = @JoinColumn(name = "muscle_code"))
    private List<MapLocation> locations = new ArrayList<>();

    protected Muscle() {}

    /** For tests: muscles otherwise come from the catalogue in {@code sql/}. */
    Muscle(String code, String name, Region region, String referredPain) {
        this.code = code;
        this.name = name;
        this.region = region;
        this.referredPain = referredPain;
    }

    /** Corrects what the catalogue says about this muscle's referred pain and which SNOMED CT concept it is. */
    public void describe(String referredPain, String snomedCode) {
        if (referredPain == null
                || referredPain.isBlank()
                || referredPain.strip().length() > 400) {
            throw new RuleViolationException(
                    "referredPain", "Describe the referred pain in words a client follows (at most 400 characters).");
        }
        String snomed = snomedCode == null || snomedCode.isBlank() ? null : snomedCode.strip();
        if (snomed != null && !(SNOMED_ID.matcher(snomed).matches() && Verhoeff.valid(snomed))) {
            throw new RuleViolationException(
                    "snomedCode", "A SNOMED CT code is 6 to 18 digits with a valid check digit, e.g. 31764008.");
        }
        this.referredPain = referredPain.strip();
        this.snomedCode = snomed;
    }

    public int version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Region region() {
        return region;
    }

    /** Where this muscle's trigger points typically send pain, in words a client understands. */
    public String referredPain() {
        return referredPain;
    }

    public String snomedCode() {
        return snomedCode;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public List<MapLocation> locations() {
        return List.copyOf(locations);
    }

    /** Whether the catalogue draws it on the centre line (a midline muscle, such as the rectus abdominis). */
    public boolean liesOnTheMidline() {
        return locations.stream().anyMatch(MapLocation::onTheMidline);
    }

    public boolean isShownOn(BodyView view) {
        return locations.stream().anyMatch(location -> location.view() == view);
    }
}
