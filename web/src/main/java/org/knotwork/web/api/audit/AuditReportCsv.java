package org.knotwork.web.api.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knotwork.audit.AuditEvent;
import org.knotwork.web.api.CsvCells;

/**
 * An audit report as a CSV file: one row per line of the trail, with its place in the hash chain, so the file can be
 * checked against the trail later. Text cells a spreadsheet would run as a formula are neutralised ({@link CsvCells}).
 */
final class AuditReportCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final String[] HEADER = {
        "line",
        "time (UTC)",
        "user",
        "user id",
        "action",
        "outcome",
        "record type",
        "record id",
        "client id",
        "address",
        "detail",
        "hash"
    };

    private AuditReportCsv() {}

    static String write(List<AuditEvent> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (AuditEvent line : lines) {
                csv.printRecord(
                        line.id(),
                        line.occurredAt(),
                        CsvCells.text(line.actorName()),
                        line.actorId(),
                        line.action(),
                        line.outcome(),
                        CsvCells.text(line.recordType()),
                        CsvCells.text(line.recordId()),
                        line.clientId(),
                        CsvCells.text(line.address()),
                        CsvCells.text(line.detail()),
                        line.hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
