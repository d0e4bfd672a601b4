package org.knotwork.handout;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;

/**
 * What a signed note's handout was first issued with, beyond the note itself: the letterhead, the client's and the
 * therapist's names, the client's contraindications and the self-care texts. Every later issue is built from it, so a signed note's handout stays the
 * same PDF whatever is edited afterwards. Written once, never changed (the schema refuses it).
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "handout_snapshot_self_care", joinColumns = @JoinColumn(name = "note_id"))
    @MapKeyColumn(name = "muscle_code")
    private Map<String, Text> texts = new HashMap<>();

    protected HandoutSnapshot() {}

    HandoutSnapshot(
            UUID noteId,
            Instant takenAt,
            Letterhead letterhead,
            String logoType,
            String clientName,
            String therapistName,
            Set<Contraindication> precautions,
            Map<String, SelfCareText> texts) {
        this.noteId = noteId;
        this.takenAt = takenAt;
        this.practiceName = letterhead.name();
        this.practiceContact = letterhead.contact();
        this.logo = letterhead.logo();
        this.logoType = letterhead.logo() == null ? null : logoType;
        this.clientName = clientName;
        this.therapistName = therapistName;
        this.precautions = precautions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        texts.forEach((code, text) -> this.texts.put(code, new Text(text)));
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

    Map<String, SelfCareText> texts() {
        return texts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
    }

    /** One muscle's texts as they were. */
    @Embeddable
    public static class Text {

        @Column(name = "self_pressure")
        private String selfPressure;

        @Column(name = "stretch_name")
        private String stretchName;

        @Column(name = "stretch_steps")
        private String stretchSteps;

        private String frequency;

        protected Text() {}

        Text(SelfCareText text) {
            this.selfPressure = text.selfPressure();
            this.stretchName = text.stretchName();
            this.stretchSteps = text.joinedSteps();
            this.frequency = text.frequency();
        }

        SelfCareText text() {
            return SelfCareText.stored(selfPressure, stretchName, stretchSteps, frequency);
        }
    }
}
