package org.amuratlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amuratlas.model.Observation;
import org.amuratlas.model.Series;
import org.amuratlas.model.SeriesMeasure;

/**
 * A series laid out as a table: one row per period, one column per measure. Used by the data page and the CSV
 * download, so both show the same cells.
 */
public record SeriesTable(List<SeriesMeasure> columns, List<Row> rows) {

    /** One period's values, in column order; a cell is null where the source gives no value. */
    public record Row(String period, int periodYear, List<Observation> cells) {
    }

    public static SeriesTable of(Series series) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Observation observation : series.observations) {
            rows.computeIfAbsent(observation.period(), period -> new Row(period, observation.periodYear,
                    new ArrayList<>(java.util.Collections.nCopies(series.measures.size(), (Observation) null))));
        }
        for (Observation observation : series.observations) {
            int column = indexOf(series.measures, observation.measureCode);
            if (column >= 0) {
                rows.get(observation.period()).cells().set(column, observation);
            }
        }
        return new SeriesTable(series.measures, List.copyOf(rows.values()));
    }

    private static int indexOf(List<SeriesMeasure> measures, String code) {
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).code.equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
