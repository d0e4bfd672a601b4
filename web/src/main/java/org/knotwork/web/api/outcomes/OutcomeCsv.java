package org.knotwork.web.api.outcomes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knotwork.web.api.outcomes.OutcomesView.Clients;
import org.knotwork.web.api.outcomes.OutcomesView.Points;
import org.knotwork.web.api.outcomes.OutcomesView.Therapist;

/**
 * The figures as one long table a spreadsheet can pivot: section, subject (a therapist, a month, or empty), figure,
 * value. Values are plain numbers with a dot; a figure nobody could be evaluated for is an empty cell.
 */
final class OutcomeCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String[] HEADER = {"section", "subject", "figure", "value"};

    private OutcomeCsv() {}

    static String write(OutcomesView view) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            period(csv, view);
            clients(csv, view.clients());
            points(csv, view.points());
            for (Therapist t : view.therapists()) {
                String who = t.name();
                csv.printRecord("protocol", who, "sessions", t.sessions());
                csv.printRecord("protocol", who, "sessions with a deviation", t.deviating());
                csv.printRecord("protocol", who, "deviation rate", t.deviationRate());
                csv.printRecord("protocol", who, "painful compression", t.painfulCompression());
                csv.printRecord("protocol", who, "forced stretch", t.forcedStretch());
                csv.printRecord("protocol", who, "heat out of range", t.heatOutOfRange());
            }
            for (var m : view.months()) {
                csv.printRecord("month", m.month(), "sessions", m.sessions());
                csv.printRecord("month", m.month(), "clients", m.clients());
                csv.printRecord("month", m.month(), "mean pain before", m.meanPainBefore());
                csv.printRecord("month", m.month(), "sessions with a deviation", m.deviating());
                csv.printRecord("month", m.month(), "points deactivated", m.deactivated());
                csv.printRecord("month", m.month(), "recurrences", m.recurrences());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void period(CSVPrinter csv, OutcomesView view) throws IOException {
        csv.printRecord("period", "", "from", view.from());
        csv.printRecord("period", "", "to (exclusive)", view.to());
        csv.printRecord("period", "", "therapist", view.therapist());
        csv.printRecord("period", "", "muscle", view.muscle());
        csv.printRecord("period", "", "complaint", view.complaint());
    }

    private static void clients(CSVPrinter csv, Clients c) throws IOException {
        csv.printRecord("clients", "", "clients treated", c.clients());
        csv.printRecord("clients", "", "sessions", c.sessions());
        csv.printRecord("clients", "", "sessions per client", c.sessionsPerClient());
        csv.printRecord("clients", "", "clients with pain change", c.painEvaluated());
        csv.printRecord("clients", "", "one-session clients", c.oneSession());
        csv.printRecord("clients", "", "clients never rated", c.neverRated());
        csv.printRecord("clients", "", "pain change mean", c.painChangeMean());
        csv.printRecord("clients", "", "pain change median", c.painChangeMedian());
        csv.printRecord(
                "clients", "", "clients improved by " + c.clinicallyImportantChange() + " or more", c.improved());
        csv.printRecord("clients", "", "share improved", c.improvedShare());
    }

    private static void points(CSVPrinter csv, Points p) throws IOException {
        csv.printRecord("points", "", "points treated", p.treated());
        csv.printRecord("points", "", "points with PPT change", p.pptEvaluated());
        csv.printRecord("points", "", "PPT change mean (kPa)", p.pptChangeMeanKpa());
        csv.printRecord("points", "", "PPT change median (kPa)", p.pptChangeMedianKpa());
        csv.printRecord("points", "", "points deactivated", p.deactivated());
        csv.printRecord("points", "", "median sessions to deactivate", p.sessionsToDeactivateMedian());
        csv.printRecord("points", "", "recurrences", p.recurrences());
    }
}
