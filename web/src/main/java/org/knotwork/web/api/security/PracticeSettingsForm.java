package org.knotwork.web.api.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.knotwork.practice.DateRegion;
import org.knotwork.practice.PracticeRules;
import org.knotwork.practice.PracticeSettings;
import org.knotwork.practice.PressureUnit;
import org.knotwork.web.api.json.JsonForm;

/**
 * The practice's settings as sent to change them, with the version the caller read (or {@code If-Match}). A setting
 * left out keeps its value.
 */
public class PracticeSettingsForm extends JsonForm {

    @NotNull(message = "Say whether therapists see only their own clients.")
    public Boolean ownClientsOnly;

    @NotNull(message = "The discomfort threshold is required.")
    @Min(
            value = PracticeSettings.DISCOMFORT_LIMIT_MIN,
            message = "The discomfort threshold is a rating from {value} to " + PracticeSettings.DISCOMFORT_LIMIT_MAX
                    + ": above that a compression is no longer pain free.")
    @Max(
            value = PracticeSettings.DISCOMFORT_LIMIT_MAX,
            message = "The discomfort threshold is a rating from " + PracticeSettings.DISCOMFORT_LIMIT_MIN
                    + " to {value}: above that a compression is no longer pain free.")
    public Integer compressionDiscomfortThreshold;

    @NotNull(message = "The pressure unit is required.")
    @Pattern(regexp = "KPA|KGF_CM2|N_CM2", message = "The pressure unit is KPA, KGF_CM2 or N_CM2.")
    public String pressureUnit;

    /**
     * The country whose way of writing dates the handouts follow, by its code ("GB"); null for the sheet's language's
     * own way. The list is {@link DateRegion}'s, which refuses any other code naming this field.
     */
    public String dateRegion;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    PracticeRules toRules(PracticeRules current) {
        return new PracticeRules(
                sent("ownClientsOnly") ? ownClientsOnly : current.ownClientsOnly(),
                sent("compressionDiscomfortThreshold")
                        ? compressionDiscomfortThreshold
                        : current.compressionDiscomfortThreshold(),
                sent("pressureUnit") ? PressureUnit.valueOf(pressureUnit) : current.pressureUnit(),
                sent("dateRegion") ? DateRegion.of(dateRegion) : current.dateRegion());
    }
}
