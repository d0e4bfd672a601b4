package org.knotwork.charting;

import java.util.List;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.Manner;
import org.knotwork.safety.Place;
import org.knotwork.safety.SafetyRule;
import org.knotwork.safety.SafetyRules;

/**
 * A stretch the therapist chooses or writes for a point's home care must be one the safety rules let this client do
 * alone: the note refuses one done flat or face down for a pregnant client, a loaded forward bend for a client with
 * osteoporosis, or any stretch of a muscle the rules keep still (the abdominals in pregnancy, a recent injury).
 */
final class HomeStretchSafety {

    private HomeStretchSafety() {}

    static void require(TreatedPoint point, ProtocolPolicy policy) {
        HomePlan home = point.home();
        String name;
        BodyPosition position;
        boolean bends;
        String field;
        if (home.stretch() != null) {
            name = home.stretch().name();
            position = home.stretch().position();
            bends = home.stretch().loadsSpinalFlexion();
            field = "homeCare.stretchCode";
        } else if (home.ownStretch() != null) {
            name = home.ownStretch().name();
            position = home.ownStretch().position();
            bends = home.ownStretch().loadsSpinalFlexion();
            field = "homeCare.ownStretch";
        } else {
            return;
        }
        Place place = new Place(point.point().muscle(), policy.sites(), point.siteAvoided());
        List<SafetyRule> against = SafetyRules.againstStretch(policy.contraindications(), place, position, bends);
        if (!against.isEmpty()) {
            SafetyRule rule = against.get(0);
            String condition = rule.contraindication().label().toLowerCase();
            throw new RuleViolationException(
                    field,
                    rule.manner() == Manner.ANY
                            ? "The client's " + condition + " rules out stretching the "
                                    + point.point().muscle().name().toLowerCase()
                                    + " at home: leave its home stretch unset."
                            : "\"" + name + "\" is done " + rule.manner().words() + ", which the client's " + condition
                                    + " rules out at home: choose another stretch.");
        }
    }
}
