package org.amuratlas.geo;

import java.util.List;

/**
 * A project drawn on a {@link BorderMap} as a link through its places, in order (a bridge, a pipeline, a railway).
 * The atlas knows the places a line joins, not its route: every line is drawn as a dashed, schematic link between
 * them. Places outside the map's frame are not joined (a straight line to them would cross third countries); they
 * are named as "continues to …" in the legend and the list beside the map.
 *
 * @param label name shown in the legend and in the line's tooltip
 * @param points the places the line joins, in order; only their coordinates and labels are used
 * @param href link target of the line and its legend entry, or {@code null} for none
 * @param kind the project kind's key ({@code PIPELINE}, {@code RAILWAY}, …), which picks the colour
 * @param kindLabel the kind's name in the reader's language, for the legend
 */
public record MapLine(String label, List<MapPoint> points, String href, String kind, String kindLabel) {

    public MapLine {
        points = List.copyOf(points);
        kind = kind == null ? "" : kind;
        kindLabel = kindLabel == null ? "" : kindLabel;
    }

    public MapLine(String label, List<MapPoint> points, String href) {
        this(label, points, href, "", "");
    }
}
