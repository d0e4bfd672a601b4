package org.knotwork.clientimport;

import java.util.List;

/**
 * What a check of a CSV found: the data rows read, and each bad row's problems (row numbers count the header as row
 * 1, as a spreadsheet shows them). {@code imported} is how many clients were taken on: none unless every row was good.
 */
public record ImportReport(int rows, List<RowProblem> problems, int imported) {

    public record RowProblem(int row, String field, String message) {}

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** The rows with at least one problem, each once. */
    public List<Integer> badRows() {
        return problems.stream().map(RowProblem::row).distinct().sorted().toList();
    }
}
