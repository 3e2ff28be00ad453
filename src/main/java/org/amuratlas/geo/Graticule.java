package org.amuratlas.geo;

import org.amuratlas.chart.TextWidth;
import static org.amuratlas.geo.SvgNumber.num;

import org.amuratlas.chart.XmlText;

/**
 * Meridians and parallels every 5° on the region map (2° or 1° on close-ups), labelled along the top and left
 * edges where the label fits; the labels' places are taken before any other label is placed.
 */
final class Graticule {

    private Graticule() {
    }

    static void draw(StringBuilder svg, Projection p, double width, double mapH, LabelSpace space, MapWords words) {
        GeoBox view = p.box();
        double span = view.maxLat() - view.minLat();
        int step = span > 12 ? 5 : span > 5 ? 2 : 1;
        StringBuilder d = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (int lon = (int) Math.ceil(view.minLon() / step) * step; lon <= view.maxLon(); lon += step) {
            double x = p.x(lon);
            d.append(" M").append(num(x)).append(" 0 V").append(num(mapH));
            String text = words.longitude(lon);
            double w = TextWidth.estimate(text, 10);
            if (x - w / 2 > 4 && x + w / 2 < width - 4) {
                labels.append("<text x=\"").append(num(x)).append("\" y=\"12\" text-anchor=\"middle\">")
                        .append(XmlText.escape(text)).append("</text>");
                space.take(new Box(x - w / 2 - 2, 0, x + w / 2 + 2, 15));
            }
        }
        for (int lat = (int) Math.ceil(view.minLat() / step) * step; lat <= view.maxLat(); lat += step) {
            double y = p.y(lat);
            d.append(" M0 ").append(num(y)).append(" H").append(num(width));
            if (y > 20 && y < mapH - 6) {
                String text = words.latitude(lat);
                labels.append("<text x=\"4\" y=\"").append(num(y - 3)).append("\">").append(XmlText.escape(text)).append("</text>");
                space.take(new Box(0, y - 14, 6 + TextWidth.estimate(text, 10), y));
            }
        }
        svg.append("<path d=\"").append(d.toString().strip())
                .append("\" fill=\"none\" stroke=\"#4d5c6a\" stroke-opacity=\"0.22\" stroke-width=\"0.6\"/>");
        svg.append("<g font-size=\"10\" fill=\"").append(MapStyle.MUTED).append("\">").append(labels).append("</g>");
    }
}
