package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP's CSV injection advice: a text cell a spreadsheet would read as a formula starts with an apostrophe. */
class CsvCellsTest {

    @Test
    void cellsStartingLikeAFormulaAreNeutralised() {
        for (String formula : new String[] {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\uFF1D1+1"}) {
            assertThat(CsvCells.text(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(CsvCells.text("Jo O'Neill")).isEqualTo("Jo O'Neill");
        assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isNull();
    }
}
