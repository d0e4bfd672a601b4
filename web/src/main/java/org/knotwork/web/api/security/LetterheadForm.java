package org.knotwork.web.api.security;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.knotwork.practice.Letterhead;
import org.knotwork.web.api.json.JsonForm;

/**
 * The handouts' letterhead: the practice's name and contact lines (optional) and the phone number clients call with a
 * worry (required: no handout is issued without it), with the settings' version.
 */
public class LetterheadForm extends JsonForm {

    @Size(max = 120, message = "The practice name is at most 120 characters.")
    public String practiceName;

    @Size(max = 300, message = "The contact details are at most 300 characters.")
    public String practiceContact;

    @Size(max = 30, message = "The phone number is at most 30 characters.")
    public String contactPhone;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    Letterhead toLetterhead(Letterhead current) {
        return new Letterhead(
                sent("practiceName") ? practiceName : current.practiceName(),
                sent("practiceContact") ? practiceContact : current.practiceContact(),
                sent("contactPhone") ? contactPhone : current.contactPhone());
    }
}
