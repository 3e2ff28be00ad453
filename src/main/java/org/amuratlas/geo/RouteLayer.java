package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import java.util.List;
import org.amuratlas.chart.XmlText;

/** Routes as polylines through their points, on a white casing so they read over land, rivers and each other. */
final class RouteLayer {

    private RouteLayer() {
    }

    static void draw(StringBuilder svg, List<MapLine> lines, Projection p) {
        for (int i = 0; i < lines.size(); i++) {
            MapLine line = lines.get(i);
            StringBuilder pts = new StringBuilder();
            for (MapPoint pt : line.points()) {
                pts.append(pts.isEmpty() ? "" : " ").append(num(p.x(pt.lon()))).append(',').append(num(p.y(pt.lat())));
            }
            MapLinks.open(svg, line.href());
            svg.append("<g fill=\"none\" stroke-linejoin=\"round\" stroke-linecap=\"round\">");
            svg.append("<polyline points=\"").append(pts).append("\" stroke=\"#fff\" stroke-width=\"5.5\" stroke-opacity=\"0.8\"/>");
            svg.append("<polyline points=\"").append(pts).append("\" stroke=\"").append(MapStyle.routeColour(i))
                    .append("\" stroke-width=\"3\"").append(MapStyle.routeDash(i)).append("><title>")
                    .append(XmlText.escape(line.label())).append("</title></polyline></g>");
            MapLinks.close(svg, line.href());
        }
    }
}
