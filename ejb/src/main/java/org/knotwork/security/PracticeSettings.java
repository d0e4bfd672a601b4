package org.knotwork.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.knotwork.platform.RuleViolationException;

/**
 * How this practice works, set by its owner or administrator. There is exactly one row: the schema refuses a
 * second.
 */
@Entity
@Table(name = "practice_settings")
public class PracticeSettings {

    static final short THE_PRACTICE = 1;

    /** The lowest discomfort limit: any discomfort at all is flagged. */
    public static final int DISCOMFORT_LIMIT_MIN = 0;

    /**
     * The highest discomfort limit a practice may set, also a CHECK in the schema: above 5/10 a compression is no
     * longer pain free, and a higher limit would switch the pain-free rule off.
     */
    public static final int DISCOMFORT_LIMIT_MAX = 10;

    @Id
    private short id;

    @Version
    private int version;

    @Column(name = "own_clients_only")
    private boolean ownClientsOnly;

    @Column(name = "compression_discomfort_threshold")
    private short compressionDiscomfortThreshold;

    @Column(name = "pressure_unit")
    @Enumerated(EnumType.STRING)
    private PressureUnit pressureUnit;

    @Column(name = "practice_name")
    private String practiceName;

    @Column(name = "practice_contact")
    private String practiceContact;

    protected PracticeSettings() {}

    /** Sets the letterhead of the clients' handouts: the practice's name and how to reach it; both optional. */
    public void changeLetterhead(String name, String contact) {
        this.practiceName = optional("practiceName", "The practice name is at most 120 characters.", name, 120);
        this.practiceContact =
                optional("practiceContact", "The contact details are at most 300 characters.", contact, 300);
    }

    private static String optional(String field, String tooLong, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleViolationException(field, tooLong);
        }
        return value.strip();
    }

    /**
     * Changes the settings. The discomfort threshold is the 0–10 rating above which a compression hurt too much and
     * the chart flags it: compression is meant to stay below the client's pain threshold.
     */
    public void change(boolean ownClientsOnly, int compressionDiscomfortThreshold, PressureUnit pressureUnit) {
        if (compressionDiscomfortThreshold < DISCOMFORT_LIMIT_MIN
                || compressionDiscomfortThreshold > DISCOMFORT_LIMIT_MAX) {
            throw new RuleViolationException(
                    "compressionDiscomfortThreshold",
                    "The discomfort threshold is a rating from " + DISCOMFORT_LIMIT_MIN + " to " + DISCOMFORT_LIMIT_MAX
                            + ".");
        }
        if (pressureUnit == null) {
            throw new RuleViolationException("pressureUnit", "Choose the unit pressures are entered in.");
        }
        this.ownClientsOnly = ownClientsOnly;
        this.compressionDiscomfortThreshold = (short) compressionDiscomfortThreshold;
        this.pressureUnit = pressureUnit;
    }

    public int version() {
        return version;
    }

    /** Whether therapists see only the clients they treat; owners always see every client. */
    public boolean ownClientsOnly() {
        return ownClientsOnly;
    }

    public int compressionDiscomfortThreshold() {
        return compressionDiscomfortThreshold;
    }

    public PressureUnit pressureUnit() {
        return pressureUnit;
    }

    public String practiceName() {
        return practiceName;
    }

    /** Address, phone, e-mail, as the practice wants them printed; may span lines. */
    public String practiceContact() {
        return practiceContact;
    }
}
