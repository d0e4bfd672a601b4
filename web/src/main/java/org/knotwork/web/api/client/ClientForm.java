package org.knotwork.web.api.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.knotwork.client.ClientProfile;
import org.knotwork.client.Contraindication;
import org.knotwork.web.api.json.EachOnce;
import org.knotwork.web.api.json.JsonForm;

/**
 * A client's details as sent to create or update them. {@code version} is the version the caller read; an update
 * sends it here or as {@code If-Match}. An update keeps what it leaves out and empties what it sends as null.
 *
 * <p>A class with fields rather than a record: records copy these constraints onto their constructor's parameters,
 * where Payara's OpenAPI scanner fails on them.
 */
public class ClientForm extends JsonForm {

    @NotBlank(message = "Given name is required.")
    @Size(max = 100, message = "Given name is at most 100 characters.")
    public String givenName;

    @NotBlank(message = "Family name is required.")
    @Size(max = 100, message = "Family name is at most 100 characters.")
    public String familyName;

    @PastOrPresent(message = "Date of birth cannot be in the future.")
    public LocalDate dateOfBirth;

    @Pattern(regexp = "\\+?[0-9 ()./-]{5,30}", message = "Phone is 5 to 30 digits, spaces and + ( ) . / - only.")
    public String phone;

    @Email(message = "Email must be a valid address.")
    @Size(max = 254, message = "Email is at most 254 characters.")
    public String email;

    @Size(max = 200, message = "Referral source is at most 200 characters.")
    public String referralSource;

    @Size(max = 2000, message = "Main complaint is at most 2000 characters.")
    public String mainComplaint;

    @PastOrPresent(message = "Consent date cannot be in the future.")
    public LocalDate consentDate;

    @Size(max = 4000, message = "Notes are at most 4000 characters.")
    public String notes;

    @Size(max = 20, message = "List each contraindication once.")
    @EachOnce(message = "List each contraindication once.")
    public List<@NotNull(message = "A contraindication code is required.") @ContraindicationCode String>
            contraindications;

    @Size(max = 2000, message = "Contraindication notes are at most 2000 characters.")
    public String contraindicationNotes;

    /** When the recent trauma happened, by the clinic's calendar; checked by the client's record, in its time zone. */
    public LocalDate injuryDate;

    /** Its time of day, when known ("07:45"). */
    public LocalTime injuryTime;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    /** A new client's profile: what was sent, nothing else. */
    ClientProfile toProfile() {
        return toProfile(
                new ClientProfile(null, null, null, null, null, null, null, null, null, Set.of(), null, null, null));
    }

    /**
     * The profile as this form changes {@code current}: each field sent replaces it, each left out is kept. The date
     * and time of an injury are one moment: a new date drops the time kept with the old one, and both go with the
     * recent trauma they date when it is removed, as its sites do.
     */
    ClientProfile toProfile(ClientProfile current) {
        Set<Contraindication> codes = sent("contraindications") ? codes() : current.contraindications();
        boolean dated = codes.contains(Contraindication.RECENT_TRAUMA);
        LocalDate date = sent("injuryDate") ? injuryDate : dated ? current.injuryDate() : null;
        LocalTime time = sent("injuryTime") ? injuryTime : dated && !sent("injuryDate") ? current.injuryTime() : null;
        return new ClientProfile(
                sent("givenName") ? givenName : current.givenName(),
                sent("familyName") ? familyName : current.familyName(),
                sent("dateOfBirth") ? dateOfBirth : current.dateOfBirth(),
                sent("phone") ? phone : current.phone(),
                sent("email") ? email : current.email(),
                sent("referralSource") ? referralSource : current.referralSource(),
                sent("mainComplaint") ? mainComplaint : current.mainComplaint(),
                sent("consentDate") ? consentDate : current.consentDate(),
                sent("notes") ? notes : current.notes(),
                codes,
                sent("contraindicationNotes") ? contraindicationNotes : current.contraindicationNotes(),
                date,
                time);
    }

    private Set<Contraindication> codes() {
        Set<Contraindication> codes = EnumSet.noneOf(Contraindication.class);
        if (contraindications != null) {
            contraindications.forEach(code -> codes.add(Contraindication.valueOf(code)));
        }
        return codes;
    }
}
