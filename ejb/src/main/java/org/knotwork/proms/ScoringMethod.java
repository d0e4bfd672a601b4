package org.knotwork.proms;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a loaded questionnaire turns answered items into a score, named in its scoring extension. Skipped items are
 * left out of every method; each measure says how many must be answered to score at all ({@code minimumAnswered}).
 */
public enum ScoringMethod {
    /** The total of the answered items (a measure that allows no skipped item sets minimumAnswered to all). */
    SUM("sum", "total of the answered items"),
    /** The mean of the answered items. */
    MEAN("mean", "mean of the answered items"),
    /** Total ÷ (highest possible total of the answered items) × 100: the ODI and NDI rule for skipped sections. */
    PERCENT_OF_MAX_ANSWERED(
            "percent-of-max-answered", "total ÷ the highest possible total of the answered items × 100"),
    /** (Total − lowest possible) ÷ (highest − lowest possible) of the answered items × 100: QuickDASH's rule. */
    PERCENT_OF_RANGE_ANSWERED(
            "percent-of-range-answered",
            "(total − lowest possible) ÷ (highest − lowest possible) of the answered items × 100");

    private final String code;
    private final String description;

    ScoringMethod(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Optional<ScoringMethod> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }

    /** The score of the answered items, each with the lowest and highest value its item allows. */
    double score(List<int[]> answeredWithRange) {
        double total = answeredWithRange.stream().mapToInt(a -> a[0]).sum();
        double lowest = answeredWithRange.stream().mapToInt(a -> a[1]).sum();
        double highest = answeredWithRange.stream().mapToInt(a -> a[2]).sum();
        return switch (this) {
            case SUM -> total;
            case MEAN -> total / answeredWithRange.size();
            case PERCENT_OF_MAX_ANSWERED -> total / highest * 100;
            case PERCENT_OF_RANGE_ANSWERED -> (total - lowest) / (highest - lowest) * 100;
        };
    }
}
