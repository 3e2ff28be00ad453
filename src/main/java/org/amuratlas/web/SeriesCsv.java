package org.amuratlas.web;

import org.amuratlas.read.Measure;
import org.amuratlas.read.Observation;
import org.amuratlas.read.Series;

/**
 * Writes a series as tidy CSV (RFC 4180): one row per observation, every row self-describing, values as printed.
 */
final class SeriesCsv {

    static final String HEADER = "series,measure,measure_label,unit,period,period_year,qualifier,value,note";

    private SeriesCsv() {
    }

    static String write(Series series) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Measure measure : series.measures()) {
            for (Observation o : series.observationsOf(measure)) {
                csv.append(String.join(",", series.slug(), measure.code(), cell(measure.label().text()),
                        cell(measure.unit().text()), cell(o.period()), Integer.toString(o.periodYear()),
                        o.qualifier().name().toLowerCase(), o.value().stripTrailingZeros().toPlainString(),
                        o.note() == null ? "" : cell(o.note().text())));
                csv.append("\r\n");
            }
        }
        return csv.toString();
    }

    /**
     * Quotes a text cell, and defuses cells a spreadsheet would read as a formula: those starting with = + - @, or
     * with a tab or carriage return before one (OWASP, "CSV injection").
     */
    static String cell(String value) {
        String cell = value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
