package org.amuratlas.geo;

import org.amuratlas.chart.TextWidth;
import static org.amuratlas.geo.SvgNumber.num;

import java.util.List;
import org.amuratlas.chart.XmlText;

/**
 * Places as circles, each with its name as tooltip, and their labels: placed greedily in the order the places are
 * given, each at the first of eight positions around its circle that is free; a label with no free position is
 * dropped (its circle and tooltip stay).
 */
final class PlaceLayer {

    static final double RADIUS = 4.5;

    private PlaceLayer() {
    }

    /** Draws the circles and reserves their space, so that no label covers a place. */
    static void drawMarkers(StringBuilder svg, List<MapPoint> points, Projection p, LabelSpace space) {
        for (MapPoint pt : points) {
            space.take(marker(p.x(pt.lon()), p.y(pt.lat())));
        }
        for (MapPoint pt : points) {
            MapLinks.open(svg, pt.href());
            svg.append("<circle cx=\"").append(num(p.x(pt.lon()))).append("\" cy=\"").append(num(p.y(pt.lat())))
                    .append("\" r=\"").append(num(RADIUS)).append("\" fill=\"").append(MapStyle.pointColour(pt.country()))
                    .append("\" stroke=\"#fff\" stroke-width=\"1.5\"><title>").append(XmlText.escape(label(pt)))
                    .append("</title></circle>");
            MapLinks.close(svg, pt.href());
        }
    }

    /** The labels that fit, as text elements. */
    static StringBuilder labels(List<MapPoint> points, Projection p, LabelSpace space, java.util.Map<String, Double> reach) {
        StringBuilder out = new StringBuilder();
        for (MapPoint pt : points) {
            label(pt, p, space, out, reach.getOrDefault(p.spot(pt), 0.0));
        }
        return out;
    }

    static String label(MapPoint pt) {
        return pt.label() == null ? "" : pt.label();
    }

    private static Box marker(double x, double y) {
        return new Box(x - RADIUS - 1, y - RADIUS - 1, x + RADIUS + 1, y + RADIUS + 1);
    }

    /** {@code reach}: how far the squares of projects around the place extend; the label goes outside them. */
    private static void label(MapPoint pt, Projection p, LabelSpace space, StringBuilder out, double reach) {
        String label = label(pt);
        if (label.isBlank()) {
            return;
        }
        double x = p.x(pt.lon()), y = p.y(pt.lat());
        double w = TextWidth.estimate(label, MapStyle.FONT_SIZE);
        double r = Math.max(RADIUS + 3, reach + 2);
        // candidates: right, left, above, below, then the four diagonals; the third value anchors start, middle, end
        double[][] candidates = {
                {x + r, y + 4, 0}, {x - r, y + 4, 2}, {x, y - r - 2, 1}, {x, y + r + 10, 1},
                {x + r - 2, y - r + 1, 0}, {x + r - 2, y + r + 8, 0}, {x - r + 2, y - r + 1, 2}, {x - r + 2, y + r + 8, 2}};
        Box own = marker(x, y);
        for (double[] c : candidates) {
            double left = c[0] - w * c[2] / 2;
            Box box = new Box(left - 1, c[1] - MapStyle.FONT_SIZE * 0.8 - 1, left + w + 1, c[1] + MapStyle.FONT_SIZE * 0.25 + 1);
            if (space.fits(box, own)) {
                space.take(box);
                MapLinks.open(out, pt.href());
                out.append("<text x=\"").append(num(c[0])).append("\" y=\"").append(num(c[1])).append('"')
                        .append(c[2] == 0 ? "" : c[2] == 1 ? " text-anchor=\"middle\"" : " text-anchor=\"end\"")
                        .append('>').append(XmlText.escape(label)).append("</text>");
                MapLinks.close(out, pt.href());
                return;
            }
        }
    }
}
