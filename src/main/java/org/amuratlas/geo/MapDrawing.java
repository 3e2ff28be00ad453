package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import java.util.List;
import org.amuratlas.chart.XmlText;

/**
 * One map being drawn: the frame, then the layers bottom to top (sea, outline, graticule, routes, places, names),
 * then the footer. Labels are placed in order of importance (graticule, places, rivers, countries and seas), each
 * where nothing placed before it is.
 */
final class MapDrawing {

    private final GeoData data;
    private final String id;
    private final String title;
    private final List<MapPoint> points;
    private final List<MapLine> lines;
    private final Projection p;
    private final MapWords words;
    private final double width;
    private final double mapH;
    private final StringBuilder svg = new StringBuilder(64 * 1024);

    MapDrawing(GeoData data, String id, String title, List<MapPoint> points, List<MapLine> lines, Projection p,
            MapWords words) {
        this.data = data;
        this.id = id;
        this.title = title;
        this.p = p;
        this.words = words;
        this.width = p.width();
        this.mapH = Math.round(p.height());
        this.points = points.stream().filter(pt -> pt != null && p.box().contains(pt.lat(), pt.lon())).toList();
        this.lines = lines.stream().filter(l -> l != null && l.points().size() >= 2 && crosses(l, p.box())).toList();
    }

    /** Whether a route can show in the view (its points' bounding box meets it). */
    private static boolean crosses(MapLine line, GeoBox view) {
        double minLon = Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (MapPoint pt : line.points()) {
            if (pt == null || Double.isNaN(pt.lat()) || Double.isNaN(pt.lon())) {
                return false;
            }
            minLon = Math.min(minLon, pt.lon());
            maxLon = Math.max(maxLon, pt.lon());
            minLat = Math.min(minLat, pt.lat());
            maxLat = Math.max(maxLat, pt.lat());
        }
        return minLon <= view.maxLon() && maxLon >= view.minLon() && minLat <= view.maxLat() && maxLat >= view.minLat();
    }

    String draw() {
        Legend legend = new Legend(lines, words, width);
        double height = mapH + MapFooter.HEIGHT + legend.rows() * Legend.ROW;
        svg.append("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"group\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\" ").append(MapStyle.FONT).append(" font-size=\"").append(num(MapStyle.FONT_SIZE)).append("\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(XmlText.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(XmlText.escape(description())).append("</desc>");
        svg.append("<defs><clipPath id=\"").append(id).append("-clip\"><rect width=\"").append(num(width))
                .append("\" height=\"").append(num(mapH)).append("\"/></clipPath></defs>");
        svg.append("<rect width=\"").append(num(width)).append("\" height=\"").append(num(height)).append("\" fill=\"#fff\"/>");
        svg.append("<g clip-path=\"url(#").append(id).append("-clip)\">");
        svg.append("<rect width=\"").append(num(width)).append("\" height=\"").append(num(mapH)).append("\" fill=\"")
                .append(MapStyle.SEA).append("\"/>");
        LabelSpace space = new LabelSpace(width, mapH);
        OutlineLayer.draw(svg, data, p, RiverLabels.MAIN_RIVERS, words);
        Graticule.draw(svg, p, width, mapH, space, words);
        RouteLayer.draw(svg, lines, p);
        PlaceLayer.drawMarkers(svg, points, p, space);
        StringBuilder placeLabels = PlaceLayer.labels(points, p, space);
        StringBuilder names = new StringBuilder();
        RiverLabels.place(names, data, p, space, words);
        AreaLabels.place(names, data, p, width, mapH, space, words);
        svg.append(names);
        svg.append("<g fill=\"").append(MapStyle.INK)
                .append("\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
                .append(placeLabels).append("</g>");
        svg.append("</g>");
        svg.append("<rect width=\"").append(num(width)).append("\" height=\"").append(num(mapH))
                .append("\" fill=\"none\" stroke=\"").append(MapStyle.COAST).append("\"/>");
        MapFooter.draw(svg, p, width, mapH, legend, words);
        return svg.append("</svg>").toString();
    }

    private String description() {
        return words.description(p.box(), points.stream().map(PlaceLayer::label).toList(),
                lines.stream().map(l -> l.label() == null ? "" : l.label()).toList());
    }
}
