package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import java.util.List;
import java.util.Set;
import org.amuratlas.chart.XmlText;

/**
 * The base map: land (China and Russia in their own tints, other countries grey), the China–Russia boundary as a
 * broad translucent band, rivers (the main ones thicker) and lakes. Parts of the outline outside the view are left
 * out, and points closer than half a pixel merged, which keeps a close-up map small.
 */
final class OutlineLayer {

    private OutlineLayer() {
    }

    static void draw(StringBuilder svg, GeoData data, Projection p, Set<String> mainRivers, MapWords words) {
        svg.append("<g stroke=\"").append(MapStyle.COAST).append("\" stroke-width=\"0.7\" stroke-linejoin=\"round\">");
        for (GeoFeature f : data.features()) {
            if (f.kind() == GeoFeature.Kind.COUNTRY) {
                path(svg, f, MapStyle.landColour(f.id()), true, p, words);
            }
        }
        svg.append("</g>");
        for (GeoFeature f : data.features()) {
            if (f.kind() == GeoFeature.Kind.BORDER) {
                svg.append("<g fill=\"none\" stroke=\"").append(MapStyle.BOUNDARY)
                        .append("\" stroke-opacity=\"0.35\" stroke-width=\"6\" stroke-linejoin=\"round\" stroke-linecap=\"round\">");
                path(svg, f, null, false, p, words);
                svg.append("</g>");
            }
        }
        svg.append("<g fill=\"none\" stroke=\"").append(MapStyle.RIVER).append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\">");
        for (GeoFeature f : data.features()) {
            if (f.kind() == GeoFeature.Kind.RIVER) {
                svg.append("<g stroke-width=\"").append(mainRivers.contains(f.id()) ? "2" : "1.2").append("\">");
                path(svg, f, null, false, p, words);
                svg.append("</g>");
            }
        }
        svg.append("</g>");
        svg.append("<g stroke=\"").append(MapStyle.RIVER).append("\" stroke-width=\"0.7\">");
        for (GeoFeature f : data.features()) {
            if (f.kind() == GeoFeature.Kind.LAKE) {
                path(svg, f, MapStyle.SEA, true, p, words);
            }
        }
        svg.append("</g>");
    }

    /** One path element for a feature, leaving out parts outside the view and points closer than half a pixel. */
    private static void path(StringBuilder svg, GeoFeature f, String fill, boolean closed, Projection p,
            MapWords words) {
        String d = pathData(f, closed, p);
        if (d.isEmpty()) {
            return;
        }
        svg.append("<path d=\"").append(d).append('"');
        if (fill != null) {
            svg.append(" fill=\"").append(fill).append("\" fill-rule=\"evenodd\"");
        }
        // a feature's tooltip in the reader's language; an unnamed river gets none (its id is no word)
        String name = words.featureName(f);
        svg.append('>');
        if (name != null && !name.isEmpty()) {
            svg.append("<title>").append(XmlText.escape(name)).append("</title>");
        }
        svg.append("</path>");
    }

    /**
     * A feature's path data ({@code d}) in this projection: parts outside the view (with a degree's margin) left out,
     * points closer than half a pixel to the last merged; empty when nothing of it is in view.
     */
    static String pathData(GeoFeature f, boolean closed, Projection p) {
        GeoBox view = p.box();
        StringBuilder d = new StringBuilder();
        double pad = 1;
        GeoBox near = new GeoBox(view.minLon() - pad, view.minLat() - pad, view.maxLon() + pad, view.maxLat() + pad);
        for (double[] part : f.parts()) {
            if (!near.intersects(GeoBox.enclosing(List.of(part)))) {
                continue;
            }
            double lastX = Double.NaN, lastY = Double.NaN;
            int n = part.length / 2;
            for (int i = 0; i < n; i++) {
                double x = p.x(part[2 * i]), y = p.y(part[2 * i + 1]);
                boolean ends = i == 0 || i == n - 1;
                if (!ends && Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5) {
                    continue;
                }
                d.append(i == 0 ? (d.isEmpty() ? "M" : " M") : " L").append(num(x)).append(' ').append(num(y));
                lastX = x;
                lastY = y;
            }
            if (closed) {
                d.append('Z');
            }
        }
        return d.toString();
    }
}
