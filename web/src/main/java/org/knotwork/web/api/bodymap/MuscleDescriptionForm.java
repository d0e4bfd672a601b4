package org.knotwork.web.api.bodymap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.knotwork.bodymap.MuscleDescription;
import org.knotwork.web.api.json.JsonForm;

/** An administrator's correction of a catalogue muscle: its referred pain and SNOMED CT code (empty for none). */
public class MuscleDescriptionForm extends JsonForm {

    @NotBlank(message = "Describe the referred pain.")
    @Size(max = 400, message = "The referred pain is at most 400 characters.")
    public String referredPain;

    @Pattern(regexp = "|[0-9]{6,18}", message = "A SNOMED CT code is 6 to 18 digits.")
    public String snomedCode;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    /** The description as this form corrects {@code current}: what it leaves out is kept. */
    MuscleDescription toDescription(MuscleDescription current) {
        return new MuscleDescription(
                sent("referredPain") ? referredPain : current.referredPain(),
                sent("snomedCode") ? snomedCode : current.snomedCode());
    }
}
