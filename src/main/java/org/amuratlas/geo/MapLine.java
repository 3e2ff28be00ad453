package org.amuratlas.geo;

import java.util.List;

/**
 * A route drawn on a {@link BorderMap} as a polyline through its points, in order (a bridge, a pipeline, a railway).
 *
 * @param label name shown in the legend and in the line's tooltip
 * @param points at least two points; only their coordinates are used
 * @param href link target of the line and its legend entry, or {@code null} for none
 */
public record MapLine(String label, List<MapPoint> points, String href) {

    public MapLine {
        points = List.copyOf(points);
    }
}
