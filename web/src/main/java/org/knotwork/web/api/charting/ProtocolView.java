package org.knotwork.web.api.charting;

import java.util.Arrays;
import java.util.List;
import org.knotwork.bodymap.Region;
import org.knotwork.charting.ProtocolPolicy;
import org.knotwork.client.Contraindication;
import org.knotwork.practice.PracticeSettings;
import org.knotwork.safety.Dosage;
import org.knotwork.safety.Range;
import org.knotwork.safety.RecentTrauma;
import org.knotwork.safety.SafetyRules;

/**
 * The rules a session and a home-care sheet are checked against, from the Java that enforces them: nothing here is
 * typed twice. {@code rules} is the contraindication × body area × technique table (docs/safety-rules.md);
 * {@code recentTraumaHours} how long an injury counts as recent.
 */
public record ProtocolView(
        List<DeviationTypeView> deviationTypes,
        Range discomfortLimit,
        Compression compression,
        Stretch stretch,
        Range heatMinutes,
        Home home,
        List<ContraindicationView> contraindications,
        List<RegionView> regions,
        List<RuleView> rules,
        int recentTraumaHours) {

    /** A body region in a clinician's words: where a site-bound contraindication may be recorded. */
    public record RegionView(String code, String words) {}

    /** {@code clearanceFor}: the contraindication whose medical clearance stands in for a reason. */
    public record DeviationTypeView(String code, String title, String why, String needs, String clearanceFor) {}

    public record Compression(int holdSecondsMax, int repetitionsMax, int firmLevel, double firmKpa) {}

    public record Stretch(Range holdSeconds, Range repetitions) {}

    /** The home-care doses: the sheet never prints one outside these. */
    public record Home(
            Range selfPressureSeconds,
            Range selfPressureRepetitions,
            Range stretchSeconds,
            Range stretchRepetitions,
            Range heatMinutes) {}

    /** {@code atASite}: the client's record may name the body regions where it is. */
    public record ContraindicationView(String code, String label, String precaution, boolean atASite) {}

    public record RuleView(
            String contraindication,
            String area,
            String areaWords,
            String technique,
            String manner,
            String effect,
            String deviation,
            String sheetSentence) {}

    static final ProtocolView CURRENT = new ProtocolView(
            Arrays.stream(org.knotwork.safety.DeviationType.values())
                    .map(t -> new DeviationTypeView(
                            t.name(),
                            t.title(),
                            t.why(),
                            t.needs().name(),
                            t.clearanceFor() == null ? null : t.clearanceFor().name()))
                    .toList(),
            new Range(
                    PracticeSettings.DISCOMFORT_LIMIT_MIN,
                    PracticeSettings.DISCOMFORT_LIMIT_MAX,
                    ProtocolPolicy.DEFAULT_DISCOMFORT_THRESHOLD),
            new Compression(
                    Dosage.COMPRESSION_HOLD_MAX_SECONDS,
                    Dosage.COMPRESSION_REPETITIONS_MAX,
                    Dosage.FIRM_PRESSURE_LEVEL,
                    Dosage.FIRM_PRESSURE_KPA),
            new Stretch(Dosage.STRETCH_HOLD_SECONDS, Dosage.STRETCH_REPETITIONS),
            Dosage.HEAT_MINUTES,
            new Home(
                    Dosage.HOME_PRESSURE_SECONDS,
                    Dosage.HOME_PRESSURE_REPETITIONS,
                    Dosage.HOME_STRETCH_SECONDS,
                    Dosage.HOME_STRETCH_REPETITIONS,
                    Dosage.HEAT_MINUTES),
            Arrays.stream(Contraindication.values())
                    .map(c -> new ContraindicationView(c.name(), c.label(), c.precaution(), c.isAtASite()))
                    .toList(),
            Arrays.stream(Region.values())
                    .map(r -> new RegionView(r.name(), r.words()))
                    .toList(),
            SafetyRules.ALL.stream()
                    .map(r -> new RuleView(
                            r.contraindication().name(),
                            r.area().name(),
                            r.area().words(),
                            r.technique().name(),
                            r.manner().name(),
                            r.effect().name(),
                            r.deviation() == null ? null : r.deviation().name(),
                            r.sheetSentence()))
                    .toList(),
            RecentTrauma.HOURS);
}
