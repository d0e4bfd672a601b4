package org.knotwork.clientimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.knotwork.client.Client;
import org.knotwork.client.ClientProfile;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.RuleViolationException;

/**
 * Reads another system's CSV of clients into profiles, checking every row against the column mapping and the rules
 * a client registered by hand passes ({@link Client#register}); it collects every problem instead of stopping at the
 * first, so a practice fixes its file in one go.
 */
public final class ClientCsv {

    /** A practice moves in its clients at once; more rows than this is a file to split. */
    static final int MOST_ROWS = 50_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");

    private final List<ImportReport.RowProblem> problems = new ArrayList<>();
    private final Map<Integer, ClientProfile> profiles = new LinkedHashMap<>();
    private int rows;

    private ClientCsv() {}

    /** Checks the whole file; answers the good rows' profiles by row number, and every problem. */
    public static ClientCsv read(String csv, Instant now, ZoneId clinicZone) {
        ClientCsv read = new ClientCsv();
        read.parse(csv == null ? "" : csv, now, clinicZone);
        return read;
    }

    public ImportReport report(int imported) {
        return new ImportReport(rows, problems, imported);
    }

    public Map<Integer, ClientProfile> profiles() {
        return profiles;
    }

    private void parse(String csv, Instant now, ZoneId zone) {
        if (csv.indexOf('\0') >= 0) {
            throw new RuleViolationException("file", "The file holds NUL characters: export it again as text (CSV).");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(csv)), format)) {
            Map<CsvColumn, String> columns = columns(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                rows++;
                if (rows > MOST_ROWS) {
                    throw new RuleViolationException("file", "At most " + MOST_ROWS + " clients per file: split it.");
                }
                int row = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(new ImportReport.RowProblem(
                            row,
                            "row",
                            "Has " + record.size() + " values; the header names "
                                    + parser.getHeaderNames().size() + "."));
                    continue;
                }
                Map<CsvColumn, String> values = new EnumMap<>(CsvColumn.class);
                columns.forEach((column, header) -> values.put(column, record.get(header)));
                profile(row, values, now, zone);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RuleViolationException("file", "The file is not readable CSV: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RuleViolationException("file", "The header row is not usable: " + e.getMessage());
        }
    }

    private static Map<CsvColumn, String> columns(List<String> headers) {
        Map<CsvColumn, String> columns = new EnumMap<>(CsvColumn.class);
        for (String header : headers) {
            CsvColumn column = CsvColumn.forHeader(header)
                    .orElseThrow(() -> new RuleViolationException(
                            "file",
                            "The column \"" + header + "\" is not one Knotwork reads; see the column mapping."));
            if (columns.put(column, header) != null) {
                throw new RuleViolationException("file", "Two columns hold " + column.field() + ".");
            }
        }
        if (!columns.containsKey(CsvColumn.GIVEN_NAME) || !columns.containsKey(CsvColumn.FAMILY_NAME)) {
            throw new RuleViolationException("file", "The file needs a given-name and a family-name column.");
        }
        return columns;
    }

    private void profile(int row, Map<CsvColumn, String> values, Instant now, ZoneId zone) {
        int before = problems.size();
        values.forEach((column, value) -> {
            if (value.length() > column.longest()) {
                problems.add(new ImportReport.RowProblem(
                        row, column.field(), "Longer than " + column.longest() + " characters."));
            }
        });
        String email = blankToNull(values.get(CsvColumn.EMAIL));
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new ImportReport.RowProblem(row, "email", "\"" + email + "\" is not an e-mail address."));
        }
        String phone = blankToNull(values.get(CsvColumn.PHONE));
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new ImportReport.RowProblem(
                    row, "phone", "A phone number is 5 to 30 digits, spaces and + ( ) . / - only."));
        }
        LocalDate born = date(row, CsvColumn.DATE_OF_BIRTH, values.get(CsvColumn.DATE_OF_BIRTH));
        LocalDate consent = date(row, CsvColumn.CONSENT_DATE, values.get(CsvColumn.CONSENT_DATE));
        LocalDate injured = date(row, CsvColumn.INJURY_DATE, values.get(CsvColumn.INJURY_DATE));
        LocalTime injuredAt = time(row, CsvColumn.INJURY_TIME, values.get(CsvColumn.INJURY_TIME));
        Set<Contraindication> contraindications = contraindications(row, values.get(CsvColumn.CONTRAINDICATIONS));
        if (problems.size() > before) {
            return;
        }
        ClientProfile profile = new ClientProfile(
                values.get(CsvColumn.GIVEN_NAME),
                values.get(CsvColumn.FAMILY_NAME),
                born,
                phone,
                email,
                blankToNull(values.get(CsvColumn.REFERRAL_SOURCE)),
                blankToNull(values.get(CsvColumn.MAIN_COMPLAINT)),
                consent,
                blankToNull(values.get(CsvColumn.NOTES)),
                contraindications,
                blankToNull(values.get(CsvColumn.CONTRAINDICATION_NOTES)),
                injured,
                injuredAt);
        try {
            Client.register(profile, now, zone);
            profiles.put(row, profile);
        } catch (RuleViolationException e) {
            problems.add(new ImportReport.RowProblem(row, e.field() == null ? "row" : e.field(), e.getMessage()));
        }
    }

    private LocalDate date(int row, CsvColumn column, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            problems.add(new ImportReport.RowProblem(
                    row, column.field(), "\"" + value + "\" is not a date as YYYY-MM-DD (e.g. 1978-02-14)."));
            return null;
        }
    }

    private LocalTime time(int row, CsvColumn column, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeException e) {
            problems.add(new ImportReport.RowProblem(
                    row,
                    column.field(),
                    "\"" + value + "\" is not a time as HH:MM on the 24-hour clock (e.g. 07:45)."));
            return null;
        }
    }

    private Set<Contraindication> contraindications(int row, String value) {
        Set<Contraindication> codes = EnumSet.noneOf(Contraindication.class);
        if (value == null || value.isBlank()) {
            return codes;
        }
        for (String code : value.split("[;|]")) {
            String name = code.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            try {
                codes.add(Contraindication.valueOf(name));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportReport.RowProblem(
                        row, "contraindications", "\"" + code.strip() + "\" is not a contraindication code."));
            }
        }
        return codes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}
