package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amuratlas.chart.XmlText;

/**
 * Projects at a place as small squares in their kind's colour, set in rings around the place's circle (eight on the
 * first ring, fourteen on the second), each with the project's name as tooltip and a link to its page.
 */
final class SiteLayer {

    static final double SIZE = 5.5;
    private static final double[] RING_RADIUS = {9.5, 16};
    private static final int[] RING_CAPACITY = {8, 14};

    /** One square: the project and the place it stands at. */
    record Square(MapSite site, MapPoint at) {
    }

    private SiteLayer() {
    }

    /** The squares grouped by the spot of their place on this map ({@link Projection#spot}), in the order given. */
    static Map<String, List<Square>> byPlace(List<Square> squares, Projection p) {
        Map<String, List<Square>> out = new LinkedHashMap<>();
        for (Square s : squares) {
            out.computeIfAbsent(p.spot(s.at()), k -> new java.util.ArrayList<>()).add(s);
        }
        return out;
    }

    /** The outer radius of the rings around a place with this many squares (0 for none). */
    static double reach(int count) {
        return count == 0 ? 0 : count <= RING_CAPACITY[0] ? RING_RADIUS[0] + SIZE : RING_RADIUS[1] + SIZE;
    }

    /** Draws the squares and reserves the rings' space. */
    static void draw(StringBuilder svg, List<Square> squares, Projection p, LabelSpace space) {
        for (List<Square> group : byPlace(squares, p).values()) {
            MapPoint at = group.get(0).at();
            double cx = p.x(at.lon()), cy = p.y(at.lat());
            double reach = reach(group.size());
            space.take(new Box(cx - reach, cy - reach, cx + reach, cy + reach));
            for (int i = 0; i < group.size(); i++) {
                int ring = i < RING_CAPACITY[0] ? 0 : 1;
                int index = ring == 0 ? i : i - RING_CAPACITY[0];
                int onRing = ring == 0 ? Math.min(group.size(), RING_CAPACITY[0]) : group.size() - RING_CAPACITY[0];
                // start at the top, clockwise
                double angle = -Math.PI / 2 + 2 * Math.PI * index / Math.max(onRing, 1);
                double x = cx + Math.cos(angle) * RING_RADIUS[ring] - SIZE / 2;
                double y = cy + Math.sin(angle) * RING_RADIUS[ring] - SIZE / 2;
                MapSite site = group.get(i).site();
                MapLinks.open(svg, site.href());
                svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(SIZE)).append("\" height=\"").append(num(SIZE)).append("\" fill=\"")
                        .append(MapStyle.kindColour(site.kind())).append("\" stroke=\"#fff\" stroke-width=\"1\"><title>")
                        .append(XmlText.escape(site.label())).append("</title></rect>");
                MapLinks.close(svg, site.href());
            }
        }
    }
}
