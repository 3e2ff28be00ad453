package org.amuratlas.chart;

/** One bar: its label, its value and the value as it should be printed (e.g. "more than 80"). */
public record Bar(String label, double value, String valueLabel) {
}
