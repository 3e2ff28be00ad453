package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amuratlas.chart.XmlText;

/**
 * Lines as dashed, schematic links between the places they join (the atlas knows places, not routes), each in its
 * kind's colour on a white casing, with its number in a badge. Lines that share a stretch between the same two
 * places are drawn side by side, {@link #GAP} apart, so the second oil pipeline does not hide the first.
 */
final class RouteLayer {

    /** Distance between parallel lines on a shared stretch. */
    static final double GAP = 5;
    static final double BADGE_RADIUS = 8;

    /** A line to draw: its number and its places inside the frame (at least two). */
    record Placed(int number, MapLine line, List<MapPoint> points) {
    }

    private RouteLayer() {
    }

    /** Draws the lines (under everything else placed on the map). */
    static void draw(StringBuilder svg, List<Placed> lines, Projection p) {
        Map<String, List<Integer>> shared = shared(lines, p);
        for (Placed placed : lines) {
            StringBuilder d = new StringBuilder();
            for (double[] s : segments(placed, p, shared)) {
                d.append(d.isEmpty() ? "M" : " M").append(num(s[0])).append(' ').append(num(s[1])).append(" L")
                        .append(num(s[2])).append(' ').append(num(s[3]));
            }
            MapLinks.open(svg, placed.line().href());
            svg.append("<g fill=\"none\" stroke-linecap=\"round\">");
            svg.append("<path d=\"").append(d).append("\" stroke=\"#fff\" stroke-width=\"5.5\" stroke-opacity=\"0.85\"/>");
            svg.append("<path d=\"").append(d).append("\" stroke=\"").append(MapStyle.kindColour(placed.line().kind()))
                    .append("\" stroke-width=\"3\"").append(MapStyle.SCHEMATIC_DASH).append("><title>")
                    .append(XmlText.escape(placed.line().label())).append("</title></path></g>");
            MapLinks.close(svg, placed.line().href());
        }
    }

    /**
     * Draws each line's number in a badge on its longest stretch, at the first free spot along it or beside it (a
     * bridge a few pixels long gets its badge next to its places); taken spots are reserved.
     */
    static void drawBadges(StringBuilder svg, List<Placed> lines, Projection p, LabelSpace space) {
        Map<String, List<Integer>> shared = shared(lines, p);
        for (Placed placed : lines) {
            double[] longest = null;
            for (double[] s : segments(placed, p, shared)) {
                if (longest == null || length(s) > length(longest)) {
                    longest = s;
                }
            }
            double[] at = badgeSpot(longest, space);
            double r = BADGE_RADIUS;
            space.take(new Box(at[0] - r - 1, at[1] - r - 1, at[0] + r + 1, at[1] + r + 1));
            MapLinks.open(svg, placed.line().href());
            svg.append("<g>");
            double mx = (longest[0] + longest[2]) / 2, my = (longest[1] + longest[3]) / 2;
            if (Math.hypot(at[0] - mx, at[1] - my) > r + 2 && distanceToSegment(at, longest) > r + 1) {
                // a badge set beside a short line points to it
                svg.append("<path d=\"M").append(num(mx)).append(' ').append(num(my)).append(" L").append(num(at[0]))
                        .append(' ').append(num(at[1])).append("\" stroke=\"").append(MapStyle.kindColour(placed.line().kind()))
                        .append("\" stroke-width=\"1.2\"/>");
            }
            svg.append("<circle cx=\"").append(num(at[0])).append("\" cy=\"").append(num(at[1])).append("\" r=\"")
                    .append(num(r)).append("\" fill=\"").append(MapStyle.kindColour(placed.line().kind()))
                    .append("\" stroke=\"#fff\" stroke-width=\"1.5\"/><text x=\"").append(num(at[0])).append("\" y=\"")
                    .append(num(at[1] + 4)).append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"700\" fill=\"#fff\">")
                    .append(placed.number()).append("</text><title>").append(XmlText.escape(placed.line().label()))
                    .append("</title></g>");
            MapLinks.close(svg, placed.line().href());
        }
    }

    private static double[] badgeSpot(double[] s, LabelSpace space) {
        double r = BADGE_RADIUS + 1;
        double dx = s[2] - s[0], dy = s[3] - s[1];
        double len = Math.max(length(s), 1e-9);
        double nx = -dy / len, ny = dx / len;
        List<double[]> candidates = new ArrayList<>();
        for (double t : new double[] {0.5, 0.35, 0.65, 0.2, 0.8}) {
            candidates.add(new double[] {s[0] + dx * t, s[1] + dy * t});
        }
        double mx = (s[0] + s[2]) / 2, my = (s[1] + s[3]) / 2;
        for (double off : new double[] {14, 22, 32}) {
            for (double[] dir : new double[][] {{nx, ny}, {-nx, -ny}, {1, 0}, {-1, 0}, {0, -1}, {0, 1}}) {
                candidates.add(new double[] {mx + dir[0] * off, my + dir[1] * off});
            }
        }
        for (double[] c : candidates) {
            if (space.fits(new Box(c[0] - r, c[1] - r, c[0] + r, c[1] + r), null)) {
                return c;
            }
        }
        return new double[] {mx, my};
    }

    private static double distanceToSegment(double[] pt, double[] s) {
        double dx = s[2] - s[0], dy = s[3] - s[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((pt[0] - s[0]) * dx + (pt[1] - s[1]) * dy) / len2));
        return Math.hypot(pt[0] - s[0] - t * dx, pt[1] - s[1] - t * dy);
    }

    private static double length(double[] s) {
        return Math.hypot(s[2] - s[0], s[3] - s[1]);
    }

    /** Each line's stretches in pixels (x1, y1, x2, y2), moved sideways when other lines share them. */
    static List<double[]> segments(Placed placed, Projection p, Map<String, List<Integer>> shared) {
        List<double[]> out = new ArrayList<>();
        List<MapPoint> pts = placed.points();
        for (int i = 0; i + 1 < pts.size(); i++) {
            MapPoint a = pts.get(i), b = pts.get(i + 1);
            double x1 = p.x(a.lon()), y1 = p.y(a.lat()), x2 = p.x(b.lon()), y2 = p.y(b.lat());
            List<Integer> users = shared.getOrDefault(key(a, b, p), List.of(placed.number()));
            double offset = (users.indexOf(placed.number()) - (users.size() - 1) / 2.0) * GAP;
            if (offset != 0) {
                // the normal of the stretch in one fixed direction, whichever way each line runs along it
                boolean forward = key(a, b, p).startsWith(p.spot(a) + '|');
                double dx = forward ? x2 - x1 : x1 - x2, dy = forward ? y2 - y1 : y1 - y2;
                double len = Math.max(Math.hypot(dx, dy), 1e-9);
                double ox = -dy / len * offset, oy = dx / len * offset;
                x1 += ox;
                x2 += ox;
                y1 += oy;
                y2 += oy;
            }
            out.add(new double[] {x1, y1, x2, y2});
        }
        return out;
    }

    /** For every stretch between two places, the numbers of the lines along it, in drawing order. */
    static Map<String, List<Integer>> shared(List<Placed> lines, Projection p) {
        Map<String, List<Integer>> users = new HashMap<>();
        for (Placed placed : lines) {
            List<MapPoint> pts = placed.points();
            for (int i = 0; i + 1 < pts.size(); i++) {
                List<Integer> list = users.computeIfAbsent(key(pts.get(i), pts.get(i + 1), p), k -> new ArrayList<>());
                if (!list.contains(placed.number())) {
                    list.add(placed.number());
                }
            }
        }
        return users;
    }

    /** A stretch between two spots of this map ({@link Projection#spot}), the same whichever way a line runs. */
    private static String key(MapPoint a, MapPoint b, Projection p) {
        String ca = p.spot(a), cb = p.spot(b);
        return ca.compareTo(cb) <= 0 ? ca + '|' + cb : cb + '|' + ca;
    }
}
