package org.knotwork.client;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.Page;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.VisibleText;

/**
 * A client of the practice. A client's record is health information: it is never deleted, only archived, so that
 * its history stays available to the clinicians who treated them.
 */
@Entity
@Table(name = "clients")
public class Client {

    /** Also a check constraint in the schema: an earlier date is a typing mistake, not a client. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    @Id
    private UUID id;

    @Version
    private int version;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String phone;
    private String email;

    @Column(name = "referral_source")
    private String referralSource;

    @Column(name = "main_complaint")
    private String mainComplaint;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    private String notes;

    // Loaded with the client: every view and every protocol check needs them. Batched, so a page of clients loads
    // theirs in one query instead of one each.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = Page.MAX_SIZE)
    @CollectionTable(name = "client_contraindications", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "code")
    @Enumerated(EnumType.STRING)
    private Set<Contraindication> contraindications = new HashSet<>();

    @Column(name = "contraindication_notes")
    private String contraindicationNotes;

    // When the recent trauma happened (InjuryDate); none, as for every client recorded before, keeps it recent.
    @Column(name = "injury_date")
    private LocalDate injuryDate;

    @Column(name = "injury_time")
    private LocalTime injuryTime;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Client() {}

    /** Takes a new client on at intake. */
    public static Client register(ClientProfile profile, Instant now, ZoneId clinicZone) {
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.createdAt = now;
        client.apply(profile, now, clinicZone);
        return client;
    }

    /**
     * Replaces the client's details with a corrected or updated profile; false, and nothing touched, when the profile
     * is the one stored (a save that changes nothing is no change: no new version, no audit line).
     */
    public boolean revise(ClientProfile profile, Instant now, ZoneId clinicZone) {
        if (isArchived()) {
            throw new RuleViolationException(
                    "This client is archived. Restore the client before changing their details.");
        }
        validate(profile, now, clinicZone);
        if (stored(profile).equals(profile())) {
            return false;
        }
        apply(profile, now, clinicZone);
        return true;
    }

    /**
     * Hides the client from lists; the record and its history are kept. An archived client cannot be archived again:
     * that would not be an event, and the audit would record one.
     */
    public void archive(Instant now) {
        if (isArchived()) {
            throw new ConflictException("This client is already archived.");
        }
        archivedAt = now;
        updatedAt = now;
    }

    /** Brings an archived client back into the lists; a client who is not archived has nothing to restore. */
    public void restore(Instant now) {
        if (!isArchived()) {
            throw new ConflictException("This client is not archived: there is nothing to restore.");
        }
        archivedAt = null;
        updatedAt = now;
    }

    /**
     * Something kept with the client's record but outside this row changed (who looks after them, where their
     * injury is): the record takes a new version, so a change based on the one before is refused.
     */
    public void partOfRecordChanged(Instant now) {
        updatedAt = now;
    }

    /** The profile as it would be stored: names stripped, blank texts absent. */
    private static ClientProfile stored(ClientProfile profile) {
        return new ClientProfile(
                profile.givenName().strip(),
                profile.familyName().strip(),
                profile.dateOfBirth(),
                trimToNull(profile.phone()),
                trimToNull(profile.email()),
                trimToNull(profile.referralSource()),
                trimToNull(profile.mainComplaint()),
                profile.consentDate(),
                trimToNull(profile.notes()),
                profile.contraindications(),
                trimToNull(profile.contraindicationNotes()),
                profile.injuryDate(),
                profile.injuryTime());
    }

    private static void validate(ClientProfile profile, Instant now, ZoneId clinicZone) {
        LocalDate today = LocalDate.ofInstant(now, clinicZone);
        requireName("givenName", "Given name", profile.givenName());
        requireName("familyName", "Family name", profile.familyName());
        requireNotAfterToday("dateOfBirth", "Date of birth", profile.dateOfBirth(), today);
        if (profile.dateOfBirth() != null && profile.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
            throw new RuleViolationException("dateOfBirth", "Date of birth cannot be before 1900.");
        }
        requireNotAfterToday("consentDate", "Consent date", profile.consentDate(), today);
        // Consent is given by the living client (or for them): a date before their birth, or before 1900, is a slip.
        if (profile.consentDate() != null && profile.consentDate().isBefore(EARLIEST_BIRTH)) {
            throw new RuleViolationException("consentDate", "Consent date cannot be before 1900.");
        }
        if (profile.consentDate() != null
                && profile.dateOfBirth() != null
                && profile.consentDate().isBefore(profile.dateOfBirth())) {
            throw new RuleViolationException(
                    "consentDate", "Consent date cannot be before the client's date of birth.");
        }
        InjuryDate.check(profile, LocalDateTime.ofInstant(now, clinicZone));
    }

    private void apply(ClientProfile profile, Instant now, ZoneId clinicZone) {
        validate(profile, now, clinicZone);
        givenName = profile.givenName().strip();
        familyName = profile.familyName().strip();
        dateOfBirth = profile.dateOfBirth();
        phone = trimToNull(profile.phone());
        email = trimToNull(profile.email());
        referralSource = trimToNull(profile.referralSource());
        mainComplaint = trimToNull(profile.mainComplaint());
        consentDate = profile.consentDate();
        notes = trimToNull(profile.notes());
        contraindications.clear();
        contraindications.addAll(profile.contraindications());
        contraindicationNotes = trimToNull(profile.contraindicationNotes());
        injuryDate = profile.injuryDate();
        injuryTime = profile.injuryTime();
        updatedAt = now;
    }

    static void requireNotAfterToday(String field, String label, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new RuleViolationException(field, label + " cannot be in the future.");
        }
    }

    /** Blank counts every Unicode space (an ideographic space, a line separator), which forms' checks do not. */
    private static void requireName(String field, String label, String name) {
        if (!VisibleText.present(name)) {
            throw new RuleViolationException(
                    field,
                    label + " is required: a client needs both a given name and a family name, not only spaces.");
        }
    }

    private static String trimToNull(String value) {
        return !VisibleText.present(value) ? null : value.strip();
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public boolean has(Contraindication contraindication) {
        return contraindications.contains(contraindication);
    }

    /**
     * The earliest moment a session or an answer of this client can date from: the start of the day before their
     * birth in UTC (so that no clinic's time zone refuses a session on the birth date itself), or 1900 when the date of
     * birth is not recorded, the earliest a birth date may be.
     */
    public Instant earliestEncounter() {
        return (dateOfBirth == null ? EARLIEST_BIRTH : dateOfBirth.minusDays(1))
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
    }

    public ClientProfile profile() {
        return new ClientProfile(
                givenName,
                familyName,
                dateOfBirth,
                phone,
                email,
                referralSource,
                mainComplaint,
                consentDate,
                notes,
                contraindications(),
                contraindicationNotes,
                injuryDate,
                injuryTime);
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public Set<Contraindication> contraindications() {
        return contraindications.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(contraindications));
    }

    /** When the recent trauma happened, by the clinic's clock; null when not recorded. */
    public LocalDate injuryDate() {
        return injuryDate;
    }

    public LocalTime injuryTime() {
        return injuryTime;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }
}
