package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import org.amuratlas.chart.TextWidth;
import org.amuratlas.chart.XmlText;

/**
 * Under the map: a scale bar of a round distance, the outline's credit on the right (on a line of its own where the
 * two would meet, as on the narrow compact map in Russian), and the legend.
 */
final class MapFooter {

    /** The footer's height above the legend rows. */
    static final double HEIGHT = 30;
    /** The credit's own line, when it does not fit beside the scale bar. */
    private static final double CREDIT_LINE = 16;
    private static final double FONT_SIZE = 11;

    private MapFooter() {
    }

    /** The footer's height above the legend rows: one line, or two when the credit needs its own. */
    static double height(Projection p, double width, MapWords words) {
        return creditBesideScale(p, width, words) ? HEIGHT : HEIGHT + CREDIT_LINE;
    }

    /** Whether the credit fits right of the scale bar's label, with a gap of 24 px (the width is estimated). */
    private static boolean creditBesideScale(Projection p, double width, MapWords words) {
        double len = scaleKm(p) * p.pixelsPerKm();
        double scaleEnd = 20 + len + TextWidth.estimate(words.distance(scaleKm(p)), FONT_SIZE);
        return scaleEnd + 24 <= width - 12 - TextWidth.estimate(words.credit(), FONT_SIZE);
    }

    private static double scaleKm(Projection p) {
        // a round distance about 120 px long
        return niceKm(120 / p.pixelsPerKm());
    }

    static void draw(StringBuilder svg, Projection p, double width, double mapH, Legend legend, MapWords words) {
        double y = mapH + 20;
        double km = scaleKm(p);
        double len = km * p.pixelsPerKm();
        double creditY = creditBesideScale(p, width, words) ? y : y + CREDIT_LINE;
        svg.append("<g class=\"map-footer\" fill=\"").append(MapStyle.MUTED).append("\" font-size=\"11\">");
        svg.append("<path d=\"M12 ").append(num(y - 6)).append(" V").append(num(y)).append(" H").append(num(12 + len))
                .append(" V").append(num(y - 6)).append("\" fill=\"none\" stroke=\"").append(MapStyle.MUTED).append("\" stroke-width=\"1.5\"/>");
        svg.append("<text x=\"").append(num(20 + len)).append("\" y=\"").append(num(y)).append("\">")
                .append(XmlText.escape(words.distance(km))).append("</text>");
        svg.append("<text x=\"").append(num(width - 12)).append("\" y=\"").append(num(creditY))
                .append("\" text-anchor=\"end\">").append(XmlText.escape(words.credit())).append("</text>");
        svg.append("</g>");
        legend.draw(svg, creditY);
    }

    /** 1, 2 or 5 times a power of ten, at most the target. */
    private static double niceKm(double target) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        double r = target / magnitude;
        return (r >= 5 ? 5 : r >= 2 ? 2 : 1) * magnitude;
    }
}
