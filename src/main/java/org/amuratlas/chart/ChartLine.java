package org.amuratlas.chart;

import java.util.List;

/** A named line of points, drawn in x order. */
public record ChartLine(String name, List<ChartPoint> points) {
}
