package org.knotwork.web.api;

/**
 * A text cell for a CSV file that a spreadsheet will open. A cell starting with =, +, -, @, a tab or a carriage
 * return (or their full-width forms) is read as a formula by Excel and LibreOffice, so a name like
 * {@code =HYPERLINK(...)} would run when the owner opens the export: such a cell gets a leading apostrophe, which
 * spreadsheets show as text (OWASP, CSV injection). Numbers are written as numbers and never pass through here.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvCells() {}

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
