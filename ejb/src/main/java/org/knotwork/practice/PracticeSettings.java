package org.knotwork.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.knotwork.platform.RuleViolationException;

/**
 * How this practice works, set by its owner or administrator. There is exactly one row: the schema refuses a
 * second.
 */
@Entity
@Table(name = "practice_settings")
public class PracticeSettings {

    public static final short THE_PRACTICE = 1;

    /** The lowest discomfort limit: any discomfort at all is flagged. */
    public static final int DISCOMFORT_LIMIT_MIN = 0;

    /**
     * The highest discomfort limit a practice may set, also a CHECK in the schema: above 5/10 a compression is no
     * longer pain free, and a higher limit would switch the pain-free rule off.
     */
    public static final int DISCOMFORT_LIMIT_MAX = 5;

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

    /** Null until an owner chooses one: the sheets then write dates as their language does, as before V89. */
    @Column(name = "date_region")
    @Enumerated(EnumType.STRING)
    private DateRegion dateRegion;

    @Column(name = "practice_name")
    private String practiceName;

    @Column(name = "practice_contact")
    private String practiceContact;

    @Column(name = "contact_phone")
    private String contactPhone;

    /** Also a CHECK in the schema: digits with the usual separators, an optional leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,29}");

    private static final String NOTHING_CHANGED = "nothing changed";

    protected PracticeSettings() {}

    /**
     * Sets the letterhead of the clients' handouts: the practice's name and address lines (optional), and the phone
     * number a client calls with a worry about their home care, which every handout prints in its safety box and
     * without which none is issued.
     */
    public void changeLetterhead(String name, String contact, String phone) {
        this.practiceName = optional("practiceName", "The practice name is at most 120 characters.", name, 120);
        this.practiceContact =
                optional("practiceContact", "The contact details are at most 300 characters.", contact, 300);
        if (phone == null || phone.isBlank()) {
            throw new RuleViolationException(
                    "contactPhone", "Give the phone number clients call with a worry: every handout prints it.");
        }
        if (!PHONE.matcher(phone.strip()).matches()) {
            throw new RuleViolationException(
                    "contactPhone", "A phone number is 5 to 30 digits, spaces and + ( ) . / - only.");
        }
        this.contactPhone = phone.strip();
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
     * Changes the settings and says what changed, old → new, for the audit trail. The discomfort threshold is the
     * 0–5 rating above which a compression hurt too much and the chart flags it: compression is meant to stay below
     * the client's pain threshold.
     */
    public String change(PracticeRules rules) {
        String changed = change(rules.ownClientsOnly(), rules.compressionDiscomfortThreshold(), rules.pressureUnit());
        if (this.dateRegion == rules.dateRegion()) {
            return changed;
        }
        String dates = "dates on handouts as in " + named(this.dateRegion) + " → " + named(rules.dateRegion());
        this.dateRegion = rules.dateRegion();
        return changed.equals(NOTHING_CHANGED) ? dates : changed + "; " + dates;
    }

    private static String named(DateRegion region) {
        return region == null ? "the sheet's language" : region.code();
    }

    public String change(boolean ownClientsOnly, int compressionDiscomfortThreshold, PressureUnit pressureUnit) {
        if (compressionDiscomfortThreshold < DISCOMFORT_LIMIT_MIN
                || compressionDiscomfortThreshold > DISCOMFORT_LIMIT_MAX) {
            throw new RuleViolationException(
                    "compressionDiscomfortThreshold",
                    "The discomfort threshold is a rating from " + DISCOMFORT_LIMIT_MIN + " to " + DISCOMFORT_LIMIT_MAX
                            + ": above that a compression is no longer pain free.");
        }
        if (pressureUnit == null) {
            throw new RuleViolationException("pressureUnit", "Choose the unit pressures are entered in.");
        }
        List<String> changed = new ArrayList<>();
        if (this.compressionDiscomfortThreshold != compressionDiscomfortThreshold) {
            changed.add("compression discomfort limit " + this.compressionDiscomfortThreshold + "/10 → "
                    + compressionDiscomfortThreshold + "/10");
        }
        if (this.ownClientsOnly != ownClientsOnly) {
            changed.add("own clients only " + this.ownClientsOnly + " → " + ownClientsOnly);
        }
        if (this.pressureUnit != pressureUnit) {
            changed.add("pressure unit " + this.pressureUnit + " → " + pressureUnit);
        }
        this.ownClientsOnly = ownClientsOnly;
        this.compressionDiscomfortThreshold = (short) compressionDiscomfortThreshold;
        this.pressureUnit = pressureUnit;
        return changed.isEmpty() ? NOTHING_CHANGED : String.join("; ", changed);
    }

    public PracticeRules rules() {
        return new PracticeRules(ownClientsOnly, compressionDiscomfortThreshold, pressureUnit, dateRegion);
    }

    public Letterhead letterhead() {
        return new Letterhead(practiceName, practiceContact, contactPhone);
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

    /** The country whose way of writing dates the handouts follow; null: the sheet's language's own way. */
    public DateRegion dateRegion() {
        return dateRegion;
    }

    public String practiceName() {
        return practiceName;
    }

    /** Address, phone, e-mail, as the practice wants them printed; may span lines. */
    public String practiceContact() {
        return practiceContact;
    }

    /** The number clients call with a worry about their home care; none until an owner or administrator sets it. */
    public String contactPhone() {
        return contactPhone;
    }
}
