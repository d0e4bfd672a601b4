package org.knotwork.web.api.handout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.handout.PressureTool;
import org.knotwork.handout.SelfCareText;
import org.knotwork.web.api.json.JsonForm;

/**
 * A muscle's self-care texts as an administrator sends them, with the version read (or If-Match): how to press the
 * point (its position and tool, which the safety rules read), the gentle fingertip version, and how often; on a
 * translation, whether it is confirmed to say what the English texts say now. The
 * muscle's stretches are its catalogue stretches ({@code GET /api/muscles/{code}/stretches}).
 */
public class SelfCareForm extends JsonForm {

    @NotBlank(message = "Say how the client presses the point themselves.")
    @Size(max = 1000, message = "The self-pressure text is at most 1000 characters.")
    public String selfPressure;

    @NotNull(message = "Say the position the self-pressure is done in.")
    public BodyPosition pressurePosition;

    @NotNull(message = "Say whether the self-pressure uses the hand or a ball (HAND or BALL).")
    public PressureTool pressureTool;

    @NotBlank(message = "Give the gentle version: fingertips only, sitting, standing or lying on the side.")
    @Size(max = 1000, message = "The gentle version is at most 1000 characters.")
    public String gentlePressure;

    @NotBlank(message = "Say how often.")
    @Size(max = 300, message = "How often is at most 300 characters.")
    public String frequency;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    /**
     * On a translation only: the administrator has read it beside the English texts as they are now and it still
     * says the same, so sheets in its language may be given again after an English correction.
     */
    public Boolean confirmTranslation;

    boolean confirmsTranslation() {
        return Boolean.TRUE.equals(confirmTranslation);
    }

    /** The texts as this form corrects {@code current}: what it leaves out is kept. */
    SelfCareText toText(SelfCareText current) {
        return new SelfCareText(
                sent("selfPressure") ? selfPressure : current.selfPressure(),
                sent("pressurePosition") ? pressurePosition : current.pressurePosition(),
                sent("pressureTool") ? pressureTool : current.pressureTool(),
                sent("gentlePressure") ? gentlePressure : current.gentlePressure(),
                sent("frequency") ? frequency : current.frequency());
    }
}
