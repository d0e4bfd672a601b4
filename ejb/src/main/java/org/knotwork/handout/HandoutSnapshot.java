package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;

/**
 * What a signed note's handout was first issued with, beyond the note itself: the letterhead, the client's and the
 * therapist's names and the client's contraindications, and (in {@link SnapshotSelfCare}, per language) the self-care
 * texts. Every later issue is built from it, so a signed note's handout stays the same PDF whatever is edited
 * afterwards. Written once, never changed (the schema refuses it).
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

    private byte[] logo;

    @Column(name = "logo_type")
    private String logoType;

    @Column(name = "client_name")
    private String clientName;

    @Column(name = "therapist_name")
    private String therapistName;

    private String precautions;

    protected HandoutSnapshot() {}

    HandoutSnapshot(
            UUID noteId,
            Instant takenAt,
            Letterhead letterhead,
            String logoType,
            String clientName,
            String therapistName,
            Set<Contraindication> precautions) {
        this.noteId = noteId;
        this.takenAt = takenAt;
        this.practiceName = letterhead.name();
        this.practiceContact = letterhead.contact();
        this.logo = letterhead.logo();
        this.logoType = letterhead.logo() == null ? null : logoType;
        this.clientName = clientName;
        this.therapistName = therapistName;
        this.precautions = precautions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    Letterhead letterhead() {
        return new Letterhead(practiceName, practiceContact, logo);
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

    Instant takenAt() {
        return takenAt;
    }
}
