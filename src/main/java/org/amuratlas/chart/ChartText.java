package org.amuratlas.chart;

/** How a chart writes its numbers and tooltips in the reader's language. */
public interface ChartText {

    /** An axis tick or a plotted value, e.g. "1,200" or «1 200». */
    String number(double value);

    /**
     * A point's tooltip: the line, the year and the value in the unit the axis states, e.g. "Total volume, 2018: 181.9
     * 100 million US dollars (printed: million US dollars)", "Total, year-over-year growth, 2018: 64.7%".
     */
    String point(String line, int year, String value, String unit);
}
