package org.amuratlas.geo;

import org.amuratlas.chart.TextWidth;
import static org.amuratlas.geo.SvgNumber.num;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amuratlas.chart.XmlText;

/**
 * The main rivers' names, written along the river near a preferred position (a long river may be named twice), on
 * the side away from the river, level where the river runs nearly north–south. A name that finds no free place
 * near its position, or whose position is far outside the view, is left out.
 */
final class RiverLabels {

    private record Anchor(String id, double lat, double lon) {
    }

    private static final List<Anchor> ANCHORS = List.of(
            new Anchor("amur", 49.3, 129.9),
            new Anchor("amur", 51.6, 138.2),
            new Anchor("ussuri", 46.9, 134.0),
            new Anchor("songhua", 46.2, 128.6),
            new Anchor("argun", 51.6, 119.6));

    /** The rivers drawn thicker: the ones named. */
    static final Set<String> MAIN_RIVERS = ANCHORS.stream().map(Anchor::id).collect(Collectors.toUnmodifiableSet());

    private static final double SIZE = 11;

    private RiverLabels() {
    }

    static void place(StringBuilder out, GeoData data, Projection p, LabelSpace space, MapWords words) {
        for (Anchor anchor : ANCHORS) {
            place(anchor, words.river(anchor.id()), out, data, p, space);
        }
    }

    private static void place(Anchor r, String text, StringBuilder out, GeoData data, Projection p, LabelSpace space) {
        Optional<GeoFeature> river = data.feature(r.id());
        if (river.isEmpty()) {
            return;
        }
        double prefX = p.x(r.lon()), prefY = p.y(r.lat());
        double bestD = Double.MAX_VALUE, bx = 0, by = 0, angle = 0;
        double w = TextWidth.estimate(text, SIZE);
        for (double[] part : river.get().parts()) {
            int n = part.length / 2;
            for (int i = 1; i + 1 < n; i++) {
                double x = p.x(part[2 * i]), y = p.y(part[2 * i + 1]);
                double dd = (x - prefX) * (x - prefX) + (y - prefY) * (y - prefY);
                if (dd >= bestD) {
                    continue;
                }
                int a = Math.max(0, i - 2), b = Math.min(n - 1, i + 2);
                double dx = p.x(part[2 * b]) - p.x(part[2 * a]), dy = p.y(part[2 * b + 1]) - p.y(part[2 * a + 1]);
                double deg = Math.toDegrees(Math.atan2(dy, dx));
                if (deg > 90) {
                    deg -= 180;
                } else if (deg < -90) {
                    deg += 180;
                }
                if (Math.abs(deg) > 60) {
                    deg = 0; // near-vertical stretch: write it level beside the river
                }
                double ox = deg == 0 ? 6 + w / 2 : 0;
                double rad = Math.toRadians(deg);
                // offset the text 7 px to the upper side of the river
                double cx = x + ox + Math.sin(rad) * 7, cy = y - Math.cos(rad) * 7;
                Box box = Box.rotated(cx, cy, w, SIZE, rad);
                if (space.fits(box, null)) {
                    bestD = dd;
                    bx = cx;
                    by = cy;
                    angle = deg;
                }
            }
        }
        if (bestD == Double.MAX_VALUE || bestD > 160 * 160 && !p.box().contains(r.lat(), r.lon())) {
            return;
        }
        space.take(Box.rotated(bx, by, w, SIZE, Math.toRadians(angle)));
        out.append("<text x=\"").append(num(bx)).append("\" y=\"").append(num(by)).append("\" transform=\"rotate(")
                .append(num(angle)).append(' ').append(num(bx)).append(' ').append(num(by))
                .append(")\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"11\" font-style=\"italic\" fill=\"")
                .append(MapStyle.RIVER).append("\" stroke=\"#fff\" stroke-width=\"2.5\" stroke-opacity=\"0.8\" paint-order=\"stroke\">")
                .append(XmlText.escape(text)).append("</text>");
    }
}
