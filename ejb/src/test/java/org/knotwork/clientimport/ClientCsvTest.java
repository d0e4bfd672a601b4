package org.knotwork.clientimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.RuleViolationException;

class ClientCsvTest {

    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void aThousandClientsWithTwentyBadRowsReportExactlyThoseRows() {
        ClientCsv read = ClientCsv.read(ClientCsvFixture.thousandWithTwentyBad(), NOW, ZoneOffset.UTC);
        ImportReport report = read.report(0);

        assertThat(report.rows()).isEqualTo(1000);
        assertThat(report.badRows()).containsExactlyElementsOf(ClientCsvFixture.BAD_ROWS);
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(read.profiles()).hasSize(980);
        assertThat(read.profiles().values().iterator().next().contraindications())
                .containsExactlyInAnyOrder(Contraindication.ANTICOAGULANTS, Contraindication.CARDIAC);
    }

    @Test
    void eachProblemNamesItsFieldInTheApisWords() {
        ImportReport report = ClientCsv.read(
                        ClientCsvFixture.HEADER + "\n" + ClientCsvFixture.BAD.get(4) + "\n"
                                + ClientCsvFixture.BAD.get(5) + "\n" + ClientCsvFixture.BAD.get(8),
                        NOW,
                        ZoneOffset.UTC)
                .report(0);

        assertThat(report.problems())
                .extracting(ImportReport.RowProblem::row, ImportReport.RowProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "dateOfBirth"),
                        org.assertj.core.groups.Tuple.tuple(3, "email"),
                        org.assertj.core.groups.Tuple.tuple(4, "contraindications"));
    }

    @Test
    void aFileWithoutNameColumnsOrWithAnUnknownColumnIsRefusedWhole() {
        assertThatThrownBy(() -> ClientCsv.read("Surname,DOB\nX,1980-01-01", NOW, ZoneOffset.UTC))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("given-name");
        assertThatThrownBy(() -> ClientCsv.read("First name,Surname,Shoe size\nA,B,9", NOW, ZoneOffset.UTC))
                .hasMessageContaining("Shoe size");
        assertThatThrownBy(() -> ClientCsv.read("First name,Surname\nA\0,B", NOW, ZoneOffset.UTC))
                .hasMessageContaining("NUL");
    }

    @Test
    void theMappingReadsTheApisOwnFieldNamesAndAByteOrderMark() {
        ClientCsv read =
                ClientCsv.read("\uFEFFgivenName,familyName,dateOfBirth\nMaria,Alvarez,1978-02-14", NOW, ZoneOffset.UTC);
        assertThat(read.report(0).clean()).isTrue();
        assertThat(read.profiles().get(2).familyName()).isEqualTo("Alvarez");
    }
}
