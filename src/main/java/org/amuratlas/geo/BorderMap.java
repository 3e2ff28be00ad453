package org.amuratlas.geo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Draws the China–Russia border region as a self-contained, accessible SVG: sea, land (China and Russia in their own
 * tints, other countries grey), lakes, rivers, the China–Russia boundary, a graticule, caller-supplied places (circles
 * with labels) and routes (polylines), a legend, a scale bar and the Natural Earth credit, with every word in the
 * reader's language ({@link MapWords}).
 *
 * <p>The output uses presentation attributes only (no {@code style} attributes, no script), so it passes a strict
 * Content-Security-Policy. All caller text is XML-escaped. In Qute, insert it unescaped ({@code {map.raw}}).
 *
 * <p>Labels are placed greedily in the order the points are given: a label that would overlap an earlier one (or
 * any circle, or run off the map) is dropped, while its circle stays, with the label as tooltip ({@code <title>}).
 * Points outside the view are left out; routes are clipped to it, and routes wholly outside it are left out (also
 * from the legend and the description).
 *
 * <p>The drawing is split by concern: {@link Projection}, {@link OutlineLayer} and {@link Graticule} for the base
 * map, {@link RouteLayer} and {@link PlaceLayer} for what the caller puts on it, {@link RiverLabels} and
 * {@link AreaLabels} for names, {@link LabelSpace} for keeping labels apart, {@link MapFooter} and {@link Legend}
 * under the map, {@link MapDrawing} putting them together.
 */
@ApplicationScoped
public class BorderMap {

    /** The viewport width in SVG user units; the height follows from the box. */
    public static final int WIDTH = 960;

    /**
     * The compact map's width, for phones: shown about 350 CSS pixels wide on a 390-pixel screen, its smallest type
     * (10 units) renders at 9.7 pixels. Fewer labels fit, so fewer are drawn.
     */
    public static final int COMPACT_WIDTH = 360;

    private volatile GeoData data;

    public BorderMap() {
        // the outline is read on first use, so constructing the bean (and its client proxy) stays cheap
    }

    /** For tests or other outlines. */
    public BorderMap(GeoData data) {
        this.data = data;
    }

    public GeoData data() {
        GeoData d = data;
        if (d == null) {
            d = GeoData.shared();
            data = d;
        }
        return d;
    }

    /**
     * The whole region ({@link GeoBox#REGION}) or, with a focus, that box (e.g. {@link GeoBox#around} a place).
     *
     * @param id unique on the page; prefixes the SVG's element ids (sanitised to letters, digits, '-' and '_')
     * @param title the accessible name
     * @param words the map's own words in the reader's language
     */
    public String svg(String id, String title, List<MapPoint> points, List<MapLine> lines, Optional<GeoBox> focus,
            MapWords words) {
        return draw(id, title, points, lines, List.of(), focus, words, false).svg();
    }

    /**
     * The map with projects at places as well as lines, wide ({@link #WIDTH}) or compact ({@link #COMPACT_WIDTH},
     * whose legend leaves the numbered lines to the list beside the map), and what was drawn on it.
     */
    public DrawnMap draw(String id, String title, List<MapPoint> points, List<MapLine> lines, List<MapSite> sites,
            Optional<GeoBox> focus, MapWords words, boolean compact) {
        return draw(id, title, points, lines, sites, List.of(), focus, words, compact);
    }

    /** The same, with projects across whole regions shaded on it. */
    public DrawnMap draw(String id, String title, List<MapPoint> points, List<MapLine> lines, List<MapSite> sites,
            List<MapArea> areas, Optional<GeoBox> focus, MapWords words, boolean compact) {
        return new MapDrawing(data(), safeId(id), title == null ? "" : title, points == null ? List.of() : points,
                lines == null ? List.of() : lines, sites == null ? List.of() : sites, areas == null ? List.of() : areas,
                new Projection(focus.orElse(GeoBox.REGION), compact ? COMPACT_WIDTH : WIDTH), words, compact).draw();
    }

    static String safeId(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "-");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "map-" + s : s;
    }
}
