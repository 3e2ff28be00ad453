package org.amuratlas.opendata;

import java.util.List;

/**
 * CSV as RFC 4180 and the Frictionless CSV dialect's defaults read it: comma, CRLF line ends, a cell quoted when it
 * holds a comma, a quote or a line break, quotes doubled. An absent value is an empty cell. Values are written
 * exactly as the dataset holds them (no spreadsheet-formula defusing: the package is for tools that read CSV).
 */
final class CsvText {

    private CsvText() {
    }

    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(4096);
        line(csv, header);
        for (List<String> row : rows) {
            line(csv, row);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
