package org.knotwork.clientimport;

import java.util.ArrayList;
import java.util.List;

/** Another system's CSV of a thousand clients, twenty of them wrong in twenty different ways. */
public final class ClientCsvFixture {

    public static final String HEADER = "First Name,Surname,DOB,Mobile,E-mail,Referred by,Complaint,Consent,Notes,"
            + "Precautions,Precaution notes";

    /** One good row; n makes it unique. */
    public static String good(int n) {
        return "Client" + n + ",Family" + n + ",1980-01-" + String.format("%02d", n % 28 + 1) + ",+61 400 000 " + n
                + ",c" + n + "@example.org,GP,\"Neck pain, left side\",2026-10-01,,ANTICOAGULANTS;cardiac,On warfarin";
    }

    /** Twenty ways another system's export goes wrong, each in its own row. */
    public static final List<String> BAD = List.of(
            ",Nobody,1980-01-01,,,,,,,,",
            "Anna,,1980-01-01,,,,,,,,",
            "Anna,Future,2030-01-01,,,,,,,,",
            "Anna,Ancient,1850-05-05,,,,,,,,",
            "Anna,Slash,14/02/1978,,,,,,,,",
            "Anna,Mail,1980-01-01,,not-an-address,,,,,,",
            "Anna,Phone,1980-01-01,call me,,,,,,,",
            "Anna,Consent,1980-01-01,,,,,2031-01-01,,,",
            "Anna,Code,1980-01-01,,,,,,,SORE_KNEE,",
            "Anna," + "L".repeat(101) + ",1980-01-01,,,,,,,,",
            "Anna,Short,1980-01-01,,,,,",
            "Anna,Month,1980-13-01,,,,,,,,",
            "Anna,Day,1980-02-30,,,,,,,,",
            "   ,   ,1980-01-01,,,,,,,,",
            "Anna,Mail2,1980-01-01,,a@b,,,,,,",
            "Anna,Codes,1980-01-01,,,,,,,PREGNANCY;flu,",
            "Anna,Long,1980-01-01,,,," + "c".repeat(2001) + ",,,,",
            "Anna,Consent2,1980-01-01,,,,,yesterday,,,",
            "Anna,Too,1980-01-01,,,,,,,,,extra",
            "Anna,Phone2,1980-01-01,12,,,,,,,");

    /** Rows as a spreadsheet numbers them (the header is row 1): every fiftieth from the eighth data row. */
    public static final List<Integer> BAD_ROWS = java.util.stream.IntStream.range(0, 1000)
            .filter(i -> i % 50 == 7)
            .mapToObj(i -> i + 2)
            .toList();

    private ClientCsvFixture() {}

    /** The file; {@code fixed} gives the bad rows good values instead. */
    public static String thousand(boolean fixed) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        int bad = 0;
        for (int i = 0; i < 1000; i++) {
            lines.add(i % 50 == 7 && !fixed ? BAD.get(bad++) : good(i));
        }
        return String.join("\r\n", lines);
    }

    public static String thousandWithTwentyBad() {
        return thousand(false);
    }
}
