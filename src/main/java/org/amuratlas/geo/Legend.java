package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import java.util.ArrayList;
import java.util.List;
import org.amuratlas.chart.TextWidth;
import org.amuratlas.chart.XmlText;

/**
 * The legend under the map: the boundary, rivers, the schematic link, the hatching of regions, each kind drawn (a
 * line sample for lines, a square for projects at places, a hatched square for projects across regions), then, unless the map is compact, each numbered line with a link to its page,
 * flowed into as many rows as the labels need. A compact map leaves the numbered lines to the list beside it.
 */
final class Legend {

    static final int ROW = 20;
    static final double FONT_SIZE = 11;

    private enum Kind { BOUNDARY, RIVER, SCHEMATIC, AREA, LINE_KIND, SITE_KIND, AREA_KIND, LINE }

    private record Item(String label, String href, Kind kind, String colour, int number) {
    }

    private final List<Item> items = new ArrayList<>();
    private final double[][] positions;
    private final int rows;

    Legend(List<DrawnMap.Line> lines, List<DrawnMap.Site> sites, List<DrawnMap.Area> areas, MapWords words,
            double width, boolean compact) {
        items.add(new Item(words.boundaryLegend(), null, Kind.BOUNDARY, MapStyle.BOUNDARY, 0));
        items.add(new Item(words.riverLegend(), null, Kind.RIVER, MapStyle.RIVER, 0));
        if (!lines.isEmpty()) {
            items.add(new Item(words.schematicLegend(), null, Kind.SCHEMATIC, "#9aa5b1", 0));
        }
        // the hatching explains projects across regions; a region's own outline (no kind) is named by itself
        if (areas.stream().anyMatch(a -> !a.kind().isEmpty())) {
            items.add(new Item(words.areaLegend(), null, Kind.AREA, "#9aa5b1", 0));
        }
        List<String> seen = new ArrayList<>();
        for (DrawnMap.Line line : lines) {
            if (!seen.contains("L" + line.kind())) {
                seen.add("L" + line.kind());
                items.add(new Item(line.kindLabel(), null, Kind.LINE_KIND, line.colour(), 0));
            }
        }
        for (DrawnMap.Site site : sites) {
            if (!seen.contains("S" + site.kind())) {
                seen.add("S" + site.kind());
                items.add(new Item(site.kindLabel(), null, Kind.SITE_KIND, site.colour(), 0));
            }
        }
        for (DrawnMap.Area area : areas) {
            if (!seen.contains("A" + area.kind())) {
                seen.add("A" + area.kind());
                items.add(new Item(area.kindLabel(), null, Kind.AREA_KIND, area.colour(), 0));
            }
        }
        if (!compact) {
            for (DrawnMap.Line line : lines) {
                String label = line.offMap().isEmpty() ? line.label()
                        : line.label() + " " + words.continuesOffMap(line.offMap());
                items.add(new Item(fit(label, (width - 12 - 22 - 12) * 0.8), line.href(), Kind.LINE, line.colour(), line.number()));
            }
        }
        positions = new double[items.size()][];
        double x = 12;
        int row = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = sampleWidth(items.get(i)) + TextWidth.estimate(items.get(i).label(), FONT_SIZE);
            // numbered lines each on a row of their own: their names are long, and a list reads down
            boolean ownRow = items.get(i).kind() == Kind.LINE;
            if ((ownRow || x + w > width - 12) && x > 12) {
                row++;
                x = 12;
            }
            positions[i] = new double[] {x, row};
            x = ownRow ? width : x + w + 18;
        }
        rows = row + 1;
    }

    /**
     * The label, shortened with an ellipsis where it would run past the map's edge (a long Russian name: the width is
     * estimated, so a fifth is kept in hand); the full
     * name is the line's tooltip and stands in the list beside the map.
     */
    static String fit(String label, double width) {
        if (TextWidth.estimate(label, FONT_SIZE) <= width) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && TextWidth.estimate(cut + "…", FONT_SIZE) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static double sampleWidth(Item item) {
        return switch (item.kind()) {
            case SITE_KIND, AREA, AREA_KIND, LINE -> 22;
            default -> 34;
        };
    }

    /** A 12-unit square hatched like a shaded region (drawn line by line: a pattern would need an id per map). */
    private static void hatchedSquare(StringBuilder svg, double x, double y, String colour) {
        svg.append("<g stroke=\"").append(colour).append("\"><rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"12\" height=\"12\" fill=\"").append(colour).append("\" fill-opacity=\"0.1\" stroke-width=\"1.4\" stroke-dasharray=\"3 2\"/>")
                .append("<path d=\"M").append(num(x)).append(' ').append(num(y + 6)).append(" l6 -6 M").append(num(x))
                .append(' ').append(num(y + 12)).append(" l12 -12 M").append(num(x + 6)).append(' ').append(num(y + 12))
                .append(" l6 -6\" stroke-width=\"1.5\" stroke-opacity=\"0.6\"/></g>");
    }

    int rows() {
        return rows;
    }

    /** Draws the items, their first row {@link #ROW} below {@code y}. */
    void draw(StringBuilder svg, double y) {
        svg.append("<g font-size=\"").append(num(FONT_SIZE)).append("\" fill=\"").append(MapStyle.INK).append("\">");
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
                case SCHEMATIC, LINE_KIND -> svg.append("<path d=\"").append(sample).append("\" stroke=\"")
                        .append(item.colour()).append("\" stroke-width=\"3\"").append(MapStyle.SCHEMATIC_DASH).append("/>");
                case SITE_KIND -> svg.append("<rect x=\"").append(num(x + 2)).append("\" y=\"").append(num(ly - 9))
                        .append("\" width=\"9\" height=\"9\" fill=\"").append(item.colour()).append("\"/>");
                case AREA, AREA_KIND -> hatchedSquare(svg, x + 1, ly - 11, item.colour());
                case LINE -> svg.append("<circle cx=\"").append(num(x + 8)).append("\" cy=\"").append(num(ly - 4))
                        .append("\" r=\"8\" fill=\"").append(item.colour()).append("\"/><text x=\"").append(num(x + 8))
                        .append("\" y=\"").append(num(ly)).append("\" text-anchor=\"middle\" font-weight=\"700\" fill=\"#fff\">")
                        .append(item.number()).append("</text>");
            }
            svg.append("<text x=\"").append(num(x + sampleWidth(item) - 2)).append("\" y=\"").append(num(ly)).append("\">")
                    .append(XmlText.escape(item.label())).append("</text>");
            MapLinks.close(svg, item.href());
        }
        svg.append("</g>");
    }
}
