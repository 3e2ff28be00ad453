package org.amuratlas.geo;

import org.amuratlas.chart.TextWidth;
import static org.amuratlas.geo.SvgNumber.num;

import java.util.ArrayList;
import java.util.List;
import org.amuratlas.chart.XmlText;

/**
 * The legend under the map: the boundary, rivers, then each route with its colour and dash and a link to its page,
 * flowed into as many rows as the labels need.
 */
final class Legend {

    static final int ROW = 20;

    private enum Kind { BOUNDARY, RIVER, ROUTE }

    private record Item(String label, String href, Kind kind, int index) {
    }

    private final List<Item> items = new ArrayList<>();
    private final double[][] positions;
    private final int rows;

    Legend(List<MapLine> lines, MapWords words, double width) {
        items.add(new Item(words.boundaryLegend(), null, Kind.BOUNDARY, 0));
        items.add(new Item(words.riverLegend(), null, Kind.RIVER, 0));
        for (int i = 0; i < lines.size(); i++) {
            items.add(new Item(lines.get(i).label(), lines.get(i).href(), Kind.ROUTE, i));
        }
        positions = new double[items.size()][];
        double x = 12;
        int row = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = 34 + TextWidth.estimate(items.get(i).label(), 11);
            if (x + w > width - 12 && x > 12) {
                row++;
                x = 12;
            }
            positions[i] = new double[] {x, row};
            x += w + 22;
        }
        rows = row + 1;
    }

    int rows() {
        return rows;
    }

    /** Draws the items, their first row {@link #ROW} below {@code y}. */
    void draw(StringBuilder svg, double y) {
        svg.append("<g font-size=\"11\" fill=\"").append(MapStyle.INK).append("\">");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double x = positions[i][0];
            double ly = y + ROW * (1 + positions[i][1]);
            MapLinks.open(svg, item.href());
            String sample = "M" + num(x) + ' ' + num(ly - 4) + " h26";
            switch (item.kind()) {
                case BOUNDARY -> svg.append("<path d=\"").append(sample).append("\" stroke=\"").append(MapStyle.BOUNDARY)
                        .append("\" stroke-opacity=\"0.35\" stroke-width=\"6\"/>");
                case RIVER -> svg.append("<path d=\"").append(sample).append("\" stroke=\"").append(MapStyle.RIVER)
                        .append("\" stroke-width=\"2\"/>");
                case ROUTE -> svg.append("<path d=\"").append(sample).append("\" stroke=\"").append(MapStyle.routeColour(item.index()))
                        .append("\" stroke-width=\"3\"").append(MapStyle.routeDash(item.index())).append("/>");
            }
            svg.append("<text x=\"").append(num(x + 32)).append("\" y=\"").append(num(ly)).append("\">")
                    .append(XmlText.escape(item.label())).append("</text>");
            MapLinks.close(svg, item.href());
        }
        svg.append("</g>");
    }
}
