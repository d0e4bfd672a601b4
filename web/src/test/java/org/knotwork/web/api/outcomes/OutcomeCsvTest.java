package org.knotwork.web.api.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.outcomes.PracticeOutcomes.MonthlyOutcomes;
import org.knotwork.web.api.outcomes.OutcomesView.Clients;
import org.knotwork.web.api.outcomes.OutcomesView.Points;
import org.knotwork.web.api.outcomes.OutcomesView.Therapist;

class OutcomeCsvTest {

    static final OutcomesView VIEW = new OutcomesView(
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-02-01T00:00:00Z"),
            null,
            null,
            null,
            new Clients(1, 1, 1.0, 0, 1, 0, null, null, 0, null, 2),
            new Points(1, 0, null, null, 0, null, 0),
            List.of(new Therapist(UUID.randomUUID(), "O'Neill, \"Jo\"", 4, 1, 0.25, 1, 0, 0)),
            List.of(new MonthlyOutcomes("2026-01", 1, 1, 6.0, 0, 0, 0)));

    @Test
    void figuresNobodyCouldBeEvaluatedForAreEmptyCellsNotZeros() {
        assertThat(OutcomeCsv.write(VIEW))
                .startsWith("section,subject,figure,value\r\n")
                .contains("clients,,pain change mean,\r\n")
                .contains("clients,,one-session clients,1\r\n")
                .contains("points,,median sessions to deactivate,\r\n");
    }

    @Test
    void namesWithCommasAndQuotesAreQuotedAsRfc4180Asks() {
        assertThat(OutcomeCsv.write(VIEW))
                .contains("protocol,\"O'Neill, \"\"Jo\"\"\",deviation rate,0.25\r\n")
                .contains("month,2026-01,mean pain before,6.0\r\n");
    }

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsWrittenAsTextButNegativeFiguresStayNumbers() {
        OutcomesView view = new OutcomesView(
                VIEW.from(),
                VIEW.to(),
                null,
                null,
                null,
                new Clients(1, 1, 1.0, 1, 1, 0, -1.5, -1.0, 0, 0.0, 2),
                VIEW.points(),
                List.of(new Therapist(UUID.randomUUID(), "=HYPERLINK(\"http://x\",\"y\")", 4, 1, 0.25, 1, 0, 0)),
                VIEW.months());

        String csv = OutcomeCsv.write(view);

        assertThat(csv)
                .contains("protocol,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",sessions,4\r\n")
                .contains("clients,,pain change mean,-1.5\r\n");
    }
}
