package org.amuratlas.opendata;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV (quoted cells, doubled quotes, line breaks inside quotes), as a tool using the package would. */
final class CsvReader {

    private CsvReader() {
    }

    /** Every row, the header first; an empty unquoted cell is null (a missing value), a quoted one "". */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                if (!cell.isEmpty()) {
                    throw new IllegalArgumentException("quote inside an unquoted cell at " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(wasQuoted || !cell.isEmpty() ? cell.toString() : null);
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(wasQuoted || !cell.isEmpty() ? cell.toString() : null);
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                i++;
            } else {
                cell.append(c);
            }
        }
        if (quoted || !cell.isEmpty() || !row.isEmpty()) {
            throw new IllegalArgumentException("the last line does not end with CRLF");
        }
        return rows;
    }
}
