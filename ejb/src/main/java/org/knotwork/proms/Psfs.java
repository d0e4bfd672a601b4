package org.knotwork.proms;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.knotwork.platform.RuleViolationException;

/**
 * The Patient-Specific Functional Scale (Stratford et al. 1995, free to use): the client names three to five
 * activities they find hard because of their problem and rates each from 0 (unable to perform) to 10 (able to perform
 * at the level before the problem). The score is the mean of the rated activities; an activity left unrated is left
 * out of the mean, not counted as 0. A rise of 2 points in the mean is clinically important.
 */
public final class Psfs implements Measure {

    public static final String CODE = "PSFS";
    static final int FEWEST_ACTIVITIES = 3;
    static final int MOST_ACTIVITIES = 5;
    static final double IMPORTANT_CHANGE = 2;

    private static final List<MeasureItem> ITEMS = IntStream.rangeClosed(1, MOST_ACTIVITIES)
            .mapToObj(i -> new MeasureItem(
                    "activity-" + i,
                    "Activity " + i + ": how able are you to do it today? 0 unable, 10 as before the problem",
                    true,
                    0,
                    10,
                    List.of(),
                    i <= FEWEST_ACTIVITIES))
            .toList();

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "Patient-Specific Functional Scale";
    }

    @Override
    public String url() {
        return MeasureCatalogue.BUILT_IN_URL + "psfs";
    }

    @Override
    public List<MeasureItem> items() {
        return ITEMS;
    }

    @Override
    public boolean askedAtIntake() {
        return true;
    }

    @Override
    public BetterWhen betterWhen() {
        return BetterWhen.HIGHER;
    }

    @Override
    public double importantChange() {
        return IMPORTANT_CHANGE;
    }

    @Override
    public String scoringRule() {
        return "mean of the rated activities (3 to 5 named, each 0–10; an unrated activity is left out)";
    }

    @Override
    public Scored score(List<Answer> answers) {
        Map<String, Answer> byItem = AnswerCheck.byItem(this, answers);
        long named = byItem.values().stream().filter(a -> hasName(a)).count();
        for (Answer answer : byItem.values()) {
            if (!hasName(answer) && !answer.skipped()) {
                throw new RuleViolationException(
                        "answers", "Name the activity rated under " + answer.linkId() + " in the client's words.");
            }
        }
        if (named < FEWEST_ACTIVITIES || named > MOST_ACTIVITIES) {
            throw new RuleViolationException("answers", "The client names 3 to 5 activities (" + named + " named).");
        }
        List<Integer> rated = byItem.values().stream()
                .filter(a -> !a.skipped())
                .map(Answer::value)
                .toList();
        double mean = rated.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return new Scored(mean, rated.size());
    }

    @Override
    public boolean important(Double baseline, double score) {
        return Measure.improvedEnough(this, baseline, score);
    }

    private static boolean hasName(Answer answer) {
        return answer.text() != null && !answer.text().isBlank();
    }
}
