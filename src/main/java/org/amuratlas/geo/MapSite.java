package org.amuratlas.geo;

import java.util.List;

/**
 * A project drawn on a {@link BorderMap} at its places as a small square in its kind's colour, set around the
 * place's circle (a refinery, a trade zone, a port, or a line with only one place in the frame).
 *
 * @param label the project's name, the square's tooltip
 * @param places where it is; places outside the frame are named as "continues to …" instead
 * @param href link target of the squares, or {@code null}
 * @param kind the project kind's key, which picks the colour
 * @param kindLabel the kind's name in the reader's language, for the legend
 */
public record MapSite(String label, List<MapPoint> places, String href, String kind, String kindLabel) {

    public MapSite {
        places = List.copyOf(places);
        kind = kind == null ? "" : kind;
        kindLabel = kindLabel == null ? "" : kindLabel;
    }
}
