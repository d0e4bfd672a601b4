package org.knotwork.web.api.charting;

import java.util.Arrays;
import java.util.List;
import org.knotwork.charting.DeviationType;
import org.knotwork.charting.ProtocolPolicy;
import org.knotwork.client.Contraindication;
import org.knotwork.security.PracticeSettings;

/** The rules a session is checked against, from the Java that enforces them: nothing here is typed twice. */
public record ProtocolView(
        List<DeviationTypeView> deviationTypes,
        Range discomfortLimit,
        Range heatMinutes,
        FirmPressure firmPressure,
        List<ContraindicationView> contraindications) {

    public record DeviationTypeView(String code, String title, String why, String needs) {}

    public record Range(int min, int max, Integer byDefault) {}

    public record FirmPressure(int level, double kpa) {}

    public record ContraindicationView(String code, String label, String precaution) {}

    static final ProtocolView CURRENT = new ProtocolView(
            Arrays.stream(DeviationType.values())
                    .map(t -> new DeviationTypeView(
                            t.name(), t.title(), t.why(), t.needs().name()))
                    .toList(),
            new Range(
                    PracticeSettings.DISCOMFORT_LIMIT_MIN,
                    PracticeSettings.DISCOMFORT_LIMIT_MAX,
                    ProtocolPolicy.DEFAULT_DISCOMFORT_THRESHOLD),
            new Range(ProtocolPolicy.HEAT_MIN_MINUTES, ProtocolPolicy.HEAT_MAX_MINUTES, null),
            new FirmPressure(ProtocolPolicy.FIRM_PRESSURE_LEVEL, ProtocolPolicy.FIRM_PRESSURE_KPA),
            Arrays.stream(Contraindication.values())
                    .map(c -> new ContraindicationView(c.name(), c.label(), c.precaution()))
                    .toList());
}
