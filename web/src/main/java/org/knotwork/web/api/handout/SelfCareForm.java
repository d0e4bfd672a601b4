package org.knotwork.web.api.handout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.knotwork.handout.SelfCareText;
import org.knotwork.web.api.json.JsonForm;

/** A muscle's self-care texts as an administrator sends them, with the version read (or If-Match). */
public class SelfCareForm extends JsonForm {

    @NotBlank(message = "Say how the client presses the point themselves.")
    @Size(max = 1000, message = "The self-pressure text is at most 1000 characters.")
    public String selfPressure;

    @NotBlank(message = "Name the stretch.")
    @Size(max = 200, message = "The stretch's name is at most 200 characters.")
    public String stretchName;

    @NotEmpty(message = "Give the stretch's steps.")
    @Size(max = 8, message = "A stretch has at most 8 steps.")
    public List<@NotBlank(message = "A step of the stretch is required.") String> stretchSteps;

    @NotBlank(message = "Say how often.")
    @Size(max = 300, message = "How often is at most 300 characters.")
    public String frequency;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    /** The texts as this form corrects {@code current}: what it leaves out is kept. */
    SelfCareText toText(SelfCareText current) {
        return new SelfCareText(
                sent("selfPressure") ? selfPressure : current.selfPressure(),
                sent("stretchName") ? stretchName : current.stretchName(),
                sent("stretchSteps") ? stretchSteps : current.stretchSteps(),
                sent("frequency") ? frequency : current.frequency());
    }
}
