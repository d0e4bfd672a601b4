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

/** A trigger point as charted or corrected; a class with fields (see ClientForm for why not a record). */
public class TriggerPointForm {

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

    public PointStatus status;

    public CriteriaForm criteria;

    @Size(max = 1000, message = "The referred pain description is at most 1000 characters.")
    public String referredPain;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    /** Each criterion: YES, NO or NOT_TESTED (the default). */
    public static class CriteriaForm {
        public Finding tautBand;
        public Finding spotTenderness;
        public Finding localTwitchResponse;
        public Finding jumpSign;
        public Finding referredPain;
        public Finding recognisedPain;

        Criteria toCriteria() {
            return new Criteria(tautBand, spotTenderness, localTwitchResponse, jumpSign, referredPain, recognisedPain);
        }
    }

    PointSpec toSpec() {
        return new PointSpec(
                muscle,
                side,
                view,
                x,
                y,
                status,
                criteria == null ? Criteria.notTested() : criteria.toCriteria(),
                referredPain);
    }
}
