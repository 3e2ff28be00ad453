package org.amuratlas.chart;

/** One point of a line: a year and a value. */
public record ChartPoint(int x, double y) {
}
