package org.amuratlas.chart;

/** How a chart writes its numbers and tooltips in the reader's language. */
public interface ChartText {

    /** An axis tick or a plotted value, e.g. "1,200" or «1 200». */
    String number(double value);

    /** A point's tooltip: the line, the year and the value, e.g. "Total volume, 2018: 181.9". */
    String point(String line, int year, String value);
}
