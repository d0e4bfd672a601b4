package org.knotwork.handout;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;
import org.knotwork.practice.DateRegion;

/**
 * What a signed note's handout was first issued with, beyond the note itself: the letterhead and phone, the country
 * whose way of writing dates it followed, the client's
 * and the therapist's names, the client's contraindications and their sites; the self-care texts and stretches of the
 * treated muscles are kept per language ({@link SnapshotSelfCare}, {@link SnapshotStretch}) at the first issue in
 * that language. Every later issue is built from them, so a signed note's handout stays the same PDF whatever is
 * edited afterwards. Written once, never changed (the schema refuses it).
 */
@Entity
@Table(name = "handout_snapshots")
public class HandoutSnapshot {

    @Id
    @Column(name = "note_id")
    private UUID noteId;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "practice_name")
    private String practiceName;

    @Column(name = "practice_contact")
    private String practiceContact;

    @Column(name = "contact_phone")
    private String contactPhone;

    private byte[] logo;

    @Column(name = "logo_type")
    private String logoType;

    @Column(name = "client_name")
    private String clientName;

    @Column(name = "therapist_name")
    private String therapistName;

    private String precautions;

    // The first day a recent injury at first issue may take heat and pressure again: the sheet says "not before".
    @Column(name = "trauma_not_before")
    private LocalDate traumaNotBefore;

    // The country whose way of writing dates the first issue followed, so that a reissue writes them the same whatever
    // the practice chooses later; null: the language's own way (every sheet first issued before V89).
    @Column(name = "date_region")
    @Enumerated(EnumType.STRING)
    private DateRegion dateRegion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "handout_snapshot_sites", joinColumns = @JoinColumn(name = "note_id"))
    private Set<Site> sites = new HashSet<>();

    protected HandoutSnapshot() {}

    HandoutSnapshot(
            UUID noteId,
            Instant takenAt,
            String logoType,
            Letterhead letterhead,
            String clientName,
            String therapistName,
            IssuePrecautions precautions,
            DateRegion dateRegion) {
        this.noteId = noteId;
        this.takenAt = takenAt;
        this.practiceName = letterhead.name();
        this.practiceContact = letterhead.contact();
        this.contactPhone = letterhead.phone();
        this.logo = letterhead.logo();
        this.logoType = letterhead.logo() == null ? null : logoType;
        this.clientName = clientName;
        this.therapistName = therapistName;
        this.precautions = precautions.codes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        precautions.sites().forEach((code, regions) -> regions.forEach(region -> sites.add(new Site(code, region))));
        this.traumaNotBefore = precautions.traumaNotBefore();
        this.dateRegion = dateRegion;
    }

    /**
     * The letterhead as first issued; the phone number as it is now when the snapshot predates phones (a handout is
     * never issued without one).
     */
    Letterhead letterhead(String currentPhone) {
        return new Letterhead(practiceName, practiceContact, logo, contactPhone == null ? currentPhone : contactPhone);
    }

    String clientName() {
        return clientName;
    }

    String therapistName() {
        return therapistName;
    }

    Set<Contraindication> precautions() {
        return precautions.isEmpty()
                ? Set.of()
                : Arrays.stream(precautions.split(","))
                        .map(Contraindication::valueOf)
                        .collect(Collectors.toSet());
    }

    Map<Contraindication, Set<Region>> sites() {
        Map<Contraindication, Set<Region>> bySite = new EnumMap<>(Contraindication.class);
        sites.forEach(s -> bySite.computeIfAbsent(s.code, c -> new HashSet<>()).add(s.region));
        return bySite;
    }

    LocalDate traumaNotBefore() {
        return traumaNotBefore;
    }

    DateRegion dateRegion() {
        return dateRegion;
    }

    Instant takenAt() {
        return takenAt;
    }

    /** A contraindication's site as it was. */
    @Embeddable
    public static class Site {

        @Enumerated(EnumType.STRING)
        private Contraindication code;

        @Enumerated(EnumType.STRING)
        private Region region;

        protected Site() {}

        Site(Contraindication code, Region region) {
            this.code = code;
            this.region = region;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Site site && site.code == code && site.region == region;
        }

        @Override
        public int hashCode() {
            return code.hashCode() * 31 + region.hashCode();
        }
    }
}
