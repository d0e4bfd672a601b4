package org.knotwork.web.api.handout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.knotwork.handout.SelfCareText;

/** A muscle's self-care texts as an administrator sends them, with the version read (or If-Match). */
public class SelfCareForm {

    @NotBlank(message = "Say how the client presses the point themselves.")
    @Size(max = 1000, message = "The self-pressure text is at most 1000 characters.")
    public String selfPressure;

    @NotBlank(message = "Name the stretch.")
    @Size(max = 200, message = "The stretch's name is at most 200 characters.")
    public String stretchName;

    @NotEmpty(message = "Give the stretch's steps.")
    @Size(max = 8, message = "A stretch has at most 8 steps.")
    public List<String> stretchSteps;

    @NotBlank(message = "Say how often.")
    @Size(max = 300, message = "How often is at most 300 characters.")
    public String frequency;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    SelfCareText toText() {
        return new SelfCareText(selfPressure, stretchName, stretchSteps, frequency);
    }
}
