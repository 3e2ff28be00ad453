package org.amuratlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.Observation;
import org.amuratlas.model.Series;
import org.amuratlas.model.SeriesMeasure;
import org.junit.jupiter.api.Test;

/**
 * The CSV writer on its own (plain unit test): RFC 4180 quoting, and text cells that a spreadsheet would run as a
 * formula are defused with a leading apostrophe (OWASP "CSV injection"). The dataset has no such cell today, which
 * is why this is tested here rather than through /data/{slug}.csv.
 */
class SeriesCsvTest {

    private static Series series(String label, String unit, Observation... observations) {
        Series series = new Series();
        series.slug = "test-series";
        SeriesMeasure measure = new SeriesMeasure();
        measure.code = "m";
        measure.label = label;
        measure.unit = unit;
        series.measures = List.of(measure);
        series.observations = List.of(observations);
        return series;
    }

    private static Observation observation(int year, String label, String value, FigureQualifier qualifier, String note) {
        Observation o = new Observation();
        o.measureCode = "m";
        o.periodYear = year;
        o.periodLabel = label;
        o.value = new BigDecimal(value);
        o.qualifier = qualifier;
        o.note = note;
        return o;
    }

    private static List<String> rows(Series series) {
        String csv = SeriesCsv.write(series);
        assertEquals(SeriesCsv.HEADER + "\r\n", csv.substring(0, SeriesCsv.HEADER.length() + 2));
        return List.of(csv.substring(SeriesCsv.HEADER.length() + 2).split("\r\n"));
    }

    @Test
    void textCellsAreQuotedAndQuotesDoubled() {
        List<String> rows = rows(series("Volume, as \"printed\"", "million US dollars",
                observation(2018, null, "181.90", FigureQualifier.EXACT, "Kept as printed, see \"Table 1\"."),
                observation(2024, "2019 to December 2024", "80", FigureQualifier.MORE_THAN, null)));
        assertEquals(List.of(
                "test-series,m,\"Volume, as \"\"printed\"\"\",\"million US dollars\",\"2018\",2018,exact,181.9,"
                        + "\"Kept as printed, see \"\"Table 1\"\".\"",
                "test-series,m,\"Volume, as \"\"printed\"\"\",\"million US dollars\",\"2019 to December 2024\",2024,"
                        + "more_than,80,"), rows);
    }

    @Test
    void cellsAFormulaWouldStartWithAreDefused() {
        for (String dangerous : new String[] {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1",
                "\r=1"}) {
            String row = rows(series(dangerous, dangerous, observation(2018, dangerous, "1", FigureQualifier.EXACT,
                    dangerous))).get(0);
            String quoted = "\"'" + dangerous.replace("\"", "\"\"") + "\"";
            assertEquals("test-series,m," + quoted + "," + quoted + "," + quoted + ",2018,exact,1," + quoted, row,
                    "label, unit, period and note starting with " + dangerous.charAt(0));
        }
    }

    @Test
    void numbersStayNumbersAndHarmlessTextIsNotTouched() {
        List<String> rows = rows(series("Growth", "%", observation(2009, null, "-49.6", FigureQualifier.EXACT,
                "a - b = c, @ the end")));
        assertEquals("test-series,m,\"Growth\",\"%\",\"2009\",2009,exact,-49.6,\"a - b = c, @ the end\"", rows.get(0));
    }

    @Test
    void rowsFollowTheMeasuresInTheirOrder() {
        Series series = series("first", "u", observation(2008, null, "1", FigureQualifier.EXACT, null));
        SeriesMeasure second = new SeriesMeasure();
        second.code = "n";
        second.label = "second";
        second.unit = "u";
        Observation ofSecond = observation(2007, null, "2", FigureQualifier.ABOUT, null);
        ofSecond.measureCode = "n";
        series.measures = List.of(series.measures.get(0), second);
        series.observations = List.of(ofSecond, series.observations.get(0));
        List<String> rows = rows(series);
        assertEquals(2, rows.size());
        assertEquals("test-series,m,\"first\",\"u\",\"2008\",2008,exact,1,", rows.get(0));
        assertEquals("test-series,n,\"second\",\"u\",\"2007\",2007,about,2,", rows.get(1));
    }
}
