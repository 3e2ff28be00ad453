package org.amuratlas.web;

import org.amuratlas.model.Observation;
import org.amuratlas.model.Series;
import org.amuratlas.model.SeriesMeasure;

/**
 * Writes a series as tidy CSV (RFC 4180): one row per observation, every row self-describing, values as printed.
 */
final class SeriesCsv {

    static final String HEADER = "series,measure,measure_label,unit,period,period_year,qualifier,value,note";

    private SeriesCsv() {
    }

    static String write(Series series) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SeriesMeasure measure : series.measures) {
            for (Observation o : series.observations) {
                if (!o.measureCode.equals(measure.code)) {
                    continue;
                }
                csv.append(String.join(",", series.slug, measure.code, text(measure.label), text(measure.unit),
                        text(o.period()), Integer.toString(o.periodYear), o.qualifier.name().toLowerCase(),
                        o.value.stripTrailingZeros().toPlainString(), o.note == null ? "" : text(o.note)));
                csv.append("\r\n");
            }
        }
        return csv.toString();
    }

    /**
     * Quotes a text cell, and defuses cells a spreadsheet would read as a formula: those starting with = + - @, or
     * with a tab or carriage return before one (OWASP, "CSV injection").
     */
    private static String text(String value) {
        String cell = value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
