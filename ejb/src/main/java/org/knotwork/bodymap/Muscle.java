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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A muscle of the catalogue: reference data from {@code sql/}, never changed by charting. */
@Entity
@Immutable
@Table(name = "muscles")
public class Muscle {

    @Id
    private String code;

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

    public boolean isShownOn(BodyView view) {
        return locations.stream().anyMatch(location -> location.view() == view);
    }
}
