package org.knotwork.web.api.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.web.api.bodymap.TriggerPointForm;
import org.knotwork.web.api.json.JsonForm;

/**
 * The rules across fields each form's service applies, as the corpus must know them: a value valid on its own may
 * break one, and the refusal then names the field the rule points the user at rather than the one sent. Such a
 * refusal passes only when a rule declared here names that field and reads the one sent; any other refusal naming
 * a sibling is a refusal that points the user at the wrong field. Paths are the form's, lists without their index
 * ({@code points[].x}).
 */
final class CrossFieldRules {

    /** A rule across fields: the field its refusal names, and the other fields it reads. */
    record Rule(String description, String names, Set<String> reads) {}

    /** Placement of a point (bodymap's RegionAreas): the side, the half of the view, and the muscle's region. */
    private static final List<Rule> PLACEMENT = List.of(
            new Rule("a muscle of each side is not on the centre line", "side", Set.of("muscle")),
            new Rule("the side agrees with the half of the view the place is on", "side", Set.of("view", "x")),
            new Rule("the muscle's region is drawn on the view", "view", Set.of("muscle")),
            new Rule("the place lies in the muscle's region", "x", Set.of("muscle", "side", "view", "y")));

    private static final Map<Class<? extends JsonForm>, List<Rule>> BY_FORM = Map.of(TriggerPointForm.class, PLACEMENT);

    private CrossFieldRules() {}

    /** The declared rule that explains a refusal naming {@code named} when {@code sent} was changed, if any. */
    static Rule explaining(Class<? extends JsonForm> form, String sent, String named) {
        String sentPath = withoutIndexes(sent);
        String namedPath = withoutIndexes(named);
        return BY_FORM.getOrDefault(form, List.of()).stream()
                .filter(rule -> rule.names().equals(namedPath) && rule.reads().contains(sentPath))
                .findFirst()
                .orElse(null);
    }

    private static String withoutIndexes(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }
}
