package org.amuratlas.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amuratlas.read.Measure;
import org.amuratlas.read.Observation;
import org.amuratlas.read.Series;

/** A series laid out as a table for its data page: one row per period, one column per measure. */
public record SeriesTable(List<Measure> columns, List<Row> rows) {

    /** One period's values, in column order; a cell is null where the source gives no value. */
    public record Row(String period, int periodYear, List<Observation> cells) {
    }

    public static SeriesTable of(Series series) {
        List<Measure> measures = series.measures();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Observation observation : series.observations()) {
            rows.computeIfAbsent(observation.period(), period -> new Row(period, observation.periodYear(),
                    new ArrayList<>(Collections.nCopies(measures.size(), (Observation) null))));
        }
        for (Observation observation : series.observations()) {
            int column = indexOf(measures, observation.measureCode());
            if (column >= 0) {
                rows.get(observation.period()).cells().set(column, observation);
            }
        }
        return new SeriesTable(measures, List.copyOf(rows.values()));
    }

    private static int indexOf(List<Measure> measures, String code) {
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
