package org.knotwork.clientimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
    void theDateAndTimeOfARecentTraumaComeInWithTheClient() {
        ClientCsv read = ClientCsv.read(
                "First name,Surname,DOB,Precautions,Date of injury,Injury time\n"
                        + "Maria,Alvarez,1978-02-14,RECENT_TRAUMA,2026-10-30,07:45\n"
                        + "Tom,Undated,1978-02-14,recent trauma,,\n"
                        + "Ines,Dayonly,1978-02-14,RECENT_TRAUMA;ANTICOAGULANTS,2026-10-31,",
                NOW,
                ZoneOffset.UTC);

        assertThat(read.report(0).problems()).isEmpty();
        assertThat(read.profiles().get(2).injuryDate()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(read.profiles().get(2).injuryTime()).isEqualTo(LocalTime.of(7, 45));
        assertThat(read.profiles().get(3).injuryDate())
                .as("no date: recent until removed")
                .isNull();
        assertThat(read.profiles().get(4).injuryDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(read.profiles().get(4).injuryTime()).isNull();
    }

    @Test
    void aTraumaDateIsCheckedAsTheApiChecksItNamingRowAndColumn() {
        ImportReport report = ClientCsv.read(
                        "givenName,familyName,dateOfBirth,contraindications,injuryDate,injuryTime\n"
                                + "A,Tomorrow,1978-02-14,RECENT_TRAUMA,2026-11-02,\n"
                                + "A,Later,1978-02-14,RECENT_TRAUMA,2026-11-01,11:00\n"
                                + "A,Unborn,2000-05-05,RECENT_TRAUMA,2000-05-04,\n"
                                + "A,Notrauma,1978-02-14,SKIN_LESION,2026-10-30,\n"
                                + "A,Timeonly,1978-02-14,RECENT_TRAUMA,,08:00\n"
                                + "A,Slash,1978-02-14,RECENT_TRAUMA,30/10/2026,\n"
                                + "A,Dot,1978-02-14,RECENT_TRAUMA,2026-10-30,7.45",
                        NOW,
                        ZoneOffset.UTC)
                .report(0);

        assertThat(report.problems())
                .extracting(
                        ImportReport.RowProblem::row, ImportReport.RowProblem::field, ImportReport.RowProblem::message)
                .containsExactly(
                        tuple(2, "injuryDate", "Injury date cannot be in the future."),
                        tuple(3, "injuryTime", "Injury time cannot be in the future."),
                        tuple(4, "injuryDate", "Injury date cannot be before the date of birth."),
                        tuple(
                                5,
                                "injuryDate",
                                "Injury date is recorded with Recent trauma (< 72 h): record the trauma too, or leave"
                                        + " the date empty."),
                        tuple(
                                6,
                                "injuryTime",
                                "Injury time needs the injury date: give the date, or leave the time empty."),
                        tuple(7, "injuryDate", "\"30/10/2026\" is not a date as YYYY-MM-DD (e.g. 1978-02-14)."),
                        tuple(8, "injuryTime", "\"7.45\" is not a time as HH:MM on the 24-hour clock (e.g. 07:45)."));
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
