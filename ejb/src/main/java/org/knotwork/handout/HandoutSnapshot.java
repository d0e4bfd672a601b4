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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;

/**
 * What a signed note's handout was first issued with, beyond the note itself: the letterhead and phone, the client's
 * and the therapist's names, the client's contraindications and their sites, the self-care texts and the stretches
 * of the treated muscles. Every later issue is built from it, so a signed note's handout stays the same PDF whatever
 * is edited afterwards. Written once, never changed (the schema refuses it).
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "handout_snapshot_self_care", joinColumns = @JoinColumn(name = "note_id"))
    @MapKeyColumn(name = "muscle_code")
    private Map<String, SnapshotText> texts = new HashMap<>();

    /** Loaded when the handout is composed, in the same transaction: joined with the texts it would multiply rows. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "handout_snapshot_stretches", joinColumns = @JoinColumn(name = "note_id"))
    @MapKeyColumn(name = "code")
    private Map<String, SnapshotStretch> stretches = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "handout_snapshot_sites", joinColumns = @JoinColumn(name = "note_id"))
    private Set<Site> sites = new HashSet<>();

    protected HandoutSnapshot() {}

    HandoutSnapshot(UUID noteId, Instant takenAt, String logoType, HandoutFacts facts) {
        this.noteId = noteId;
        this.takenAt = takenAt;
        Letterhead letterhead = facts.letterhead();
        this.practiceName = letterhead.name();
        this.practiceContact = letterhead.contact();
        this.contactPhone = letterhead.phone();
        this.logo = letterhead.logo();
        this.logoType = letterhead.logo() == null ? null : logoType;
        this.clientName = facts.clientName();
        this.therapistName = facts.therapistName();
        this.precautions = facts.precautions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        facts.texts().forEach((code, text) -> texts.put(code, new SnapshotText(text)));
        facts.stretches()
                .forEach((muscle, list) ->
                        list.forEach(s -> stretches.put(s.code(), new SnapshotStretch(muscle, s, list.indexOf(s)))));
        facts.sites().forEach((code, regions) -> regions.forEach(region -> sites.add(new Site(code, region))));
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

    Instant takenAt() {
        return takenAt;
    }

    Map<String, SelfCareText> texts() {
        return texts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
    }

    /** Each treated muscle's stretches, in the catalogue's order. */
    Map<String, List<HomeStretch>> stretches() {
        return stretches.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparingInt(SnapshotStretch::order)))
                .collect(Collectors.groupingBy(
                        e -> e.getValue().muscle(),
                        Collectors.mapping(e -> e.getValue().stretch(e.getKey()), Collectors.toList())));
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
