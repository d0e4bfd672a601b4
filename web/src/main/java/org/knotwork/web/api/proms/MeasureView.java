package org.knotwork.web.api.proms;

import java.util.List;
import org.knotwork.proms.BetterWhen;
import org.knotwork.proms.Measure;
import org.knotwork.proms.MeasureItem;

/** A measure as the session form asks it: its items, when it is asked, how it is scored and what change matters. */
public record MeasureView(
        String code,
        String title,
        String url,
        boolean askedAtIntake,
        BetterWhen betterWhen,
        double importantChange,
        int responsesToJudge,
        String scoringRule,
        boolean builtIn,
        List<MeasureItem> items) {

    static MeasureView of(Measure m) {
        return new MeasureView(
                m.code(),
                m.title(),
                m.url(),
                m.askedAtIntake(),
                m.betterWhen(),
                m.importantChange(),
                m.responsesToJudge(),
                m.scoringRule(),
                !(m instanceof org.knotwork.proms.LoadedQuestionnaire),
                m.items());
    }
}
