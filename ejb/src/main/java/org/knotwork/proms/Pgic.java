package org.knotwork.proms;

import java.util.List;
import java.util.Map;
import org.knotwork.platform.RuleViolationException;

/**
 * The Patient Global Impression of Change: one question, "since treatment began, how would you describe the change
 * in your condition?", on seven points from 1 (very much improved) to 7 (very much worse). "Much improved" or "very
 * much improved" (1 or 2) is the clinically important change. It asks about change, so not at intake; a skipped
 * answer leaves nothing to record.
 */
public final class Pgic implements Measure {

    public static final String CODE = "PGIC";
    static final int MUCH_IMPROVED = 2;

    private static final List<MeasureItem> ITEMS = List.of(new MeasureItem(
            "pgic",
            "Since treatment began, how would you describe the change in your condition?",
            false,
            1,
            7,
            List.of(
                    new MeasureItem.Option(1, "Very much improved"),
                    new MeasureItem.Option(2, "Much improved"),
                    new MeasureItem.Option(3, "Minimally improved"),
                    new MeasureItem.Option(4, "No change"),
                    new MeasureItem.Option(5, "Minimally worse"),
                    new MeasureItem.Option(6, "Much worse"),
                    new MeasureItem.Option(7, "Very much worse")),
            true));

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "Patient Global Impression of Change";
    }

    @Override
    public String url() {
        return MeasureCatalogue.BUILT_IN_URL + "pgic";
    }

    @Override
    public List<MeasureItem> items() {
        return ITEMS;
    }

    @Override
    public boolean askedAtIntake() {
        return false;
    }

    @Override
    public BetterWhen betterWhen() {
        return BetterWhen.LOWER;
    }

    @Override
    public double importantChange() {
        return 0;
    }

    @Override
    public String scoringRule() {
        return "the answer, 1 (very much improved) to 7 (very much worse); 1 or 2 is the important change";
    }

    @Override
    public Scored score(List<Answer> answers) {
        Map<String, Answer> byItem = AnswerCheck.byItem(this, answers);
        Answer answer = byItem.get("pgic");
        if (answer == null || answer.skipped()) {
            throw new RuleViolationException("answers", "Choose the answer the client gave.");
        }
        return new Scored((double) answer.value(), 1);
    }

    @Override
    public boolean important(Double baseline, double score) {
        return score <= MUCH_IMPROVED;
    }

    @Override
    public int responsesToJudge() {
        return 1;
    }

    /** The words of an answer, for a trend's labels. */
    public static String label(int value) {
        return ITEMS.get(0).options().stream()
                .filter(o -> o.value() == value)
                .map(MeasureItem.Option::label)
                .findFirst()
                .orElse(String.valueOf(value));
    }
}
