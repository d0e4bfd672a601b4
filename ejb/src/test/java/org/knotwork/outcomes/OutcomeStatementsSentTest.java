package org.knotwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.audit.RecordedLooks;

/**
 * The statements a dashboard sends together are put together once per variant, not parsed and joined again for every
 * dashboard; each variant still holds what it must.
 */
class OutcomeStatementsSentTest {

    @Test
    void twoLooksOfTheSameKindSendTheSameStatementsPutTogetherOnce() {
        OutcomeStatement first =
                OutcomeStatements.SUMMARISED.sent(RecordedLooks.outcomesViewed("JSON: a; ", " c"), true);
        OutcomeStatement second =
                OutcomeStatements.SUMMARISED.sent(RecordedLooks.outcomesViewed("CSV: b; ", " c"), true);

        assertThat(second).isSameAs(first);
        assertThat(OutcomeStatements.SUMMARISED.sent(null, true))
                .isSameAs(OutcomeStatements.SUMMARISED.sent(null, true));
    }

    @Test
    void eachVariantSendsItsOwnStatements() {
        OutcomeStatement summarisedWithLook =
                OutcomeStatements.SUMMARISED.sent(RecordedLooks.outcomesViewed("JSON: a; ", " c"), true);
        OutcomeStatement factsWithoutSnapshot = OutcomeStatements.FROM_FACTS.sent(null, false);

        assertThat(summarisedWithLook.text())
                .startsWith(OutcomeOpening.SNAPSHOT_OF_THE_SUMMARIES.text())
                .contains("insert into audit_pending")
                .contains(OutcomeStatements.SUMMARISED.months().text());
        assertThat(summarisedWithLook.parameters()).contains("audit_detail", "audit_detail_end", "lo", "hi");
        assertThat(factsWithoutSnapshot.text())
                .startsWith(OutcomeOpening.STATEMENT.text())
                .doesNotContain("audit_pending")
                .contains(OutcomeStatements.FROM_FACTS.clients().text());
    }
}
