package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import org.amuratlas.chart.XmlText;

/** Under the map: a scale bar of a round distance, the outline's credit on the right, and the legend. */
final class MapFooter {

    /** The footer's height above the legend rows. */
    static final double HEIGHT = 30;

    private MapFooter() {
    }

    static void draw(StringBuilder svg, Projection p, double width, double mapH, Legend legend, MapWords words) {
        double y = mapH + 20;
        // scale bar: a round distance about 120 px long
        double km = niceKm(120 / p.pixelsPerKm());
        double len = km * p.pixelsPerKm();
        svg.append("<g fill=\"").append(MapStyle.MUTED).append("\" font-size=\"11\">");
        svg.append("<path d=\"M12 ").append(num(y - 6)).append(" V").append(num(y)).append(" H").append(num(12 + len))
                .append(" V").append(num(y - 6)).append("\" fill=\"none\" stroke=\"").append(MapStyle.MUTED).append("\" stroke-width=\"1.5\"/>");
        svg.append("<text x=\"").append(num(20 + len)).append("\" y=\"").append(num(y)).append("\">")
                .append(XmlText.escape(words.distance(km))).append("</text>");
        svg.append("<text x=\"").append(num(width - 12)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"end\">").append(XmlText.escape(words.credit())).append("</text>");
        svg.append("</g>");
        legend.draw(svg, y);
    }

    /** 1, 2 or 5 times a power of ten, at most the target. */
    private static double niceKm(double target) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        double r = target / magnitude;
        return (r >= 5 ? 5 : r >= 2 ? 2 : 1) * magnitude;
    }
}
