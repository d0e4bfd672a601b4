package org.knotwork.web.api.bodymap;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Criteria;
import org.knotwork.bodymap.Finding;
import org.knotwork.bodymap.PointSpec;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.web.api.json.JsonForm;
import org.knotwork.web.api.json.ValueWhenSent;

/**
 * A trigger point as charted or corrected; a class with fields (see ClientForm for why not a record). A correction
 * keeps what it leaves out; within {@code criteria}, each finding left out is kept too.
 */
public class TriggerPointForm extends JsonForm {

    @NotBlank(message = "Choose the muscle.")
    public String muscle;

    @NotNull(message = "Say which side the point is on: LEFT, RIGHT or MIDLINE.")
    public Side side;

    @NotNull(message = "Say which view of the body map the point is on.")
    public BodyView view;

    @NotNull(message = "Give the point's x position on the drawing.")
    @DecimalMin(value = "0", message = "x is between 0 and 1.")
    @DecimalMax(value = "1", message = "x is between 0 and 1.")
    public Double x;

    @NotNull(message = "Give the point's y position on the drawing.")
    @DecimalMin(value = "0", message = "y is between 0 and 1.")
    @DecimalMax(value = "1", message = "y is between 0 and 1.")
    public Double y;

    /** Left out: active for a new point, kept by a save. A point always has a status, so null is refused. */
    @ValueWhenSent
    public PointStatus status;

    public CriteriaForm criteria;

    @Size(max = 1000, message = "The referred pain description is at most 1000 characters.")
    public String referredPain;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    /**
     * Only when a point is charted: true confirms it is another point beside the client's points on the same muscle and
     * side still being treated, which is otherwise refused (409 naming them).
     */
    public Boolean besideStillTreated;

    boolean besideStillTreated() {
        return Boolean.TRUE.equals(besideStillTreated);
    }

    /** A correction of a point already charted: the flag would mean nothing there, so it is refused, not ignored. */
    TriggerPointForm corrected() {
        if (sent("besideStillTreated")) {
            throw new RuleViolationException(
                    "besideStillTreated",
                    "besideStillTreated is for charting a new point; this one is already charted.");
        }
        return this;
    }

    /** Each criterion: YES, NO or NOT_TESTED (the default). */
    public static class CriteriaForm extends JsonForm {
        public Finding tautBand;
        public Finding spotTenderness;
        public Finding localTwitchResponse;
        public Finding jumpSign;
        public Finding referredPain;
        public Finding recognisedPain;

        Criteria toCriteria(Criteria current) {
            return new Criteria(
                    sent("tautBand") ? tautBand : current.tautBand(),
                    sent("spotTenderness") ? spotTenderness : current.spotTenderness(),
                    sent("localTwitchResponse") ? localTwitchResponse : current.localTwitchResponse(),
                    sent("jumpSign") ? jumpSign : current.jumpSign(),
                    sent("referredPain") ? referredPain : current.referredPain(),
                    sent("recognisedPain") ? recognisedPain : current.recognisedPain());
        }
    }

    /** A new point: what was sent; criteria not given are not tested. */
    PointSpec toSpec() {
        return new PointSpec(
                muscle,
                side,
                view,
                x,
                y,
                status,
                criteria == null ? Criteria.notTested() : criteria.toCriteria(Criteria.notTested()),
                referredPain);
    }

    /** The point as this form corrects {@code current}: each field sent replaces it, each left out is kept. */
    PointSpec toSpec(PointSpec current) {
        Criteria found = current.criteria();
        if (sent("criteria")) {
            found = criteria == null ? Criteria.notTested() : criteria.toCriteria(found);
        }
        return new PointSpec(
                sent("muscle") ? muscle : current.muscleCode(),
                sent("side") ? side : current.side(),
                sent("view") ? view : current.view(),
                sent("x") ? x : current.x(),
                sent("y") ? y : current.y(),
                sent("status") ? status : null,
                found,
                sent("referredPain") ? referredPain : current.referredPain());
    }
}
