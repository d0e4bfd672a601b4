package org.knotwork.proms;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.knotwork.platform.RuleViolationException;

/**
 * A licensed measure a practice loaded as a FHIR Questionnaire: its items (integers with a minValue and maxValue, or
 * choices whose answer options carry their score) and its scoring rule, read from Knotwork's scoring extension
 * (method, minimumAnswered, importantChange, betterWhen; docs/interoperability.md). A response answering fewer items
 * than minimumAnswered is kept but not scored, as the measures' manuals ask.
 */
public final class LoadedQuestionnaire implements Measure {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final String code;
    private final String url;
    private final String title;
    private final List<MeasureItem> items;
    private final ScoringMethod method;
    private final int minimumAnswered;
    private final double importantChange;
    private final BetterWhen betterWhen;
    /** For choice items whose options are codings: the coding each score stands for, to export the answer. */
    private final Map<String, Map<Integer, JsonObject>> codings;

    LoadedQuestionnaire(
            String code,
            String url,
            String title,
            List<MeasureItem> items,
            ScoringMethod method,
            int minimumAnswered,
            double importantChange,
            BetterWhen betterWhen,
            Map<String, Map<Integer, JsonObject>> codings) {
        this.code = code;
        this.url = url;
        this.title = title;
        this.items = List.copyOf(items);
        this.method = method;
        this.minimumAnswered = minimumAnswered;
        this.importantChange = importantChange;
        this.betterWhen = betterWhen;
        this.codings = Map.copyOf(codings);
    }

    /** Reads and checks a definition; every refusal names the element at fault. */
    public static LoadedQuestionnaire read(String json) {
        return QuestionnaireReader.read(json);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public List<MeasureItem> items() {
        return items;
    }

    @Override
    public boolean askedAtIntake() {
        return true;
    }

    @Override
    public BetterWhen betterWhen() {
        return betterWhen;
    }

    @Override
    public double importantChange() {
        return importantChange;
    }

    public ScoringMethod method() {
        return method;
    }

    public int minimumAnswered() {
        return minimumAnswered;
    }

    @Override
    public String scoringRule() {
        return method.description() + "; scored when at least " + minimumAnswered + " of " + items.size()
                + " items are answered";
    }

    @Override
    public Scored score(List<Answer> answers) {
        Map<String, Answer> byItem = AnswerCheck.byItem(this, answers);
        List<int[]> answered = items.stream()
                .filter(item -> byItem.containsKey(item.linkId())
                        && !byItem.get(item.linkId()).skipped())
                .map(item -> new int[] {byItem.get(item.linkId()).value(), item.min(), item.max()})
                .toList();
        if (answered.size() < minimumAnswered) {
            return new Scored(null, answered.size());
        }
        return new Scored(method.score(answered), answered.size());
    }

    @Override
    public boolean important(Double baseline, double score) {
        return Measure.improvedEnough(this, baseline, score);
    }

    /** The coding an answer's score stands for, when the item's options are codings; else none. */
    public JsonObject coding(String linkId, int value) {
        return codings.getOrDefault(linkId, new HashMap<>()).get(value);
    }

    static RuleViolationException refused(String field, String message) {
        return new RuleViolationException("questionnaire" + (field.isEmpty() ? "" : "." + field), message);
    }
}
