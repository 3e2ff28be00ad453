package org.amuratlas.geo;

import jakarta.enterprise.context.ApplicationScoped;
import org.amuratlas.chart.TextWidth;
import org.amuratlas.chart.XmlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws the China–Russia border region as a self-contained, accessible SVG: sea, land (China and Russia in their own
 * tints, other countries grey), lakes, rivers, the China–Russia boundary, a graticule, caller-supplied places (circles
 * with labels) and routes (polylines), a legend, a scale bar and the Natural Earth credit.
 *
 * <p>The output uses presentation attributes only (no {@code style} attributes, no script), so it passes a strict
 * Content-Security-Policy. All caller text is XML-escaped. In Qute, insert it unescaped ({@code {map.raw}}).
 *
 * <p>Labels are placed greedily in the order the points are given: a label that would overlap an earlier one (or
 * any circle, or run off the map) is dropped, while its circle stays, with the label as tooltip ({@code <title>}).
 * Points outside the view are left out; routes are clipped to it, and routes wholly outside it are left out (also
 * from the legend and the description).
 */
@ApplicationScoped
public class BorderMap {

    /** The viewport width in SVG user units; the height follows from the box. */
    public static final int WIDTH = 960;
    public static final String CREDIT = "Outline: Natural Earth (public domain)";

    static final String SEA = "#c6dcec";
    static final String CHINA_LAND = "#f5e4c3";
    static final String RUSSIA_LAND = "#dfe9d3";
    static final String OTHER_LAND = "#e3e3e0";
    static final String COAST = "#8696a3";
    static final String RIVER = "#2a6fb0";
    static final String BOUNDARY = "#c2185b";
    static final String INK = "#1d232b";
    static final String MUTED = "#55606c";
    static final String[] ROUTE_COLOURS = {"#d9480f", "#6a3d9a", "#2e7d32", "#8a4b0f", "#c2185b", "#00838f"};
    static final String FONT = "font-family=\"Noto Sans, Segoe UI, system-ui, sans-serif\"";

    private static final double FONT_SIZE = 12;
    private static final double RADIUS = 4.5;
    private static final int LEGEND_ROW = 20;

    /** Main rivers: drawn thicker and labelled near these preferred positions (lat, lon); a river may have several. */
    private static final List<RiverLabel> RIVER_LABELS = List.of(
            new RiverLabel("amur", "Amur", 49.3, 129.9),
            new RiverLabel("amur", "Amur", 51.6, 138.2),
            new RiverLabel("ussuri", "Ussuri", 46.9, 134.0),
            new RiverLabel("songhua", "Songhua", 46.2, 128.6),
            new RiverLabel("argun", "Argun", 51.6, 119.6));
    private static final List<AreaLabel> AREA_LABELS = List.of(
            new AreaLabel("RU", "RUSSIA", 53.6, 129.0),
            new AreaLabel("CN", "CHINA", 44.6, 121.0),
            new AreaLabel("MN", "MONGOLIA", 46.5, 114.0),
            new AreaLabel("KP", "N. KOREA", 40.6, 127.0),
            new AreaLabel("KR", "S. KOREA", 37.8, 128.0),
            new AreaLabel("JP", "JAPAN", 43.4, 142.6),
            new AreaLabel(null, "Sea of Japan", 41.6, 135.5),
            new AreaLabel(null, "Sea of Okhotsk", 54.6, 141.5));

    private record RiverLabel(String id, String text, double lat, double lon) {
    }

    private record AreaLabel(String country, String text, double lat, double lon) {
    }

    private record Box(double x0, double y0, double x1, double y1) {
        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    private volatile GeoData data;

    public BorderMap() {
        // the outline is read on first use, so constructing the bean (and its client proxy) stays cheap
    }

    /** For tests or other outlines. */
    public BorderMap(GeoData data) {
        this.data = data;
    }

    public GeoData data() {
        GeoData d = data;
        if (d == null) {
            d = GeoData.shared();
            data = d;
        }
        return d;
    }

    /**
     * The whole region ({@link GeoBox#REGION}) or, with a focus, that box (e.g. {@link GeoBox#around} a place).
     *
     * @param id unique on the page; prefixes the SVG's element ids (sanitised to letters, digits, '-' and '_')
     * @param title the accessible name, also used in the description
     */
    public String svg(String id, String title, List<MapPoint> points, List<MapLine> lines, Optional<GeoBox> focus) {
        return new Drawing(data(), safeId(id), title == null ? "" : title, points == null ? List.of() : points,
                lines == null ? List.of() : lines, new Projection(focus.orElse(GeoBox.REGION), WIDTH)).draw();
    }

    /** The whole region. */
    public String svg(String id, String title, List<MapPoint> points, List<MapLine> lines) {
        return svg(id, title, points, lines, Optional.empty());
    }

    private static final class Drawing {
        private final GeoData data;
        private final String id;
        private final String title;
        private final List<MapPoint> points;
        private final List<MapLine> lines;
        private final Projection p;
        private final GeoBox view;
        private final double mapH;
        private final List<Box> taken = new ArrayList<>();
        private final StringBuilder svg = new StringBuilder(64 * 1024);

        Drawing(GeoData data, String id, String title, List<MapPoint> points, List<MapLine> lines, Projection p) {
            this.data = data;
            this.id = id;
            this.title = title;
            this.points = points.stream().filter(pt -> pt != null && p.box().contains(pt.lat(), pt.lon())).toList();
            this.lines = lines.stream().filter(l -> l != null && l.points().size() >= 2 && crosses(l, p.box())).toList();
            this.p = p;
            this.view = p.box();
            this.mapH = Math.round(p.height());
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
            List<LegendItem> legend = legendItems();
            int legendRows = layoutLegend(legend);
            double footer = 30 + legendRows * LEGEND_ROW;
            double height = mapH + footer;
            svg.append("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                    .append(num(height)).append("\" role=\"group\" aria-labelledby=\"").append(id).append("-t ").append(id)
                    .append("-d\" ").append(FONT).append(" font-size=\"").append(num(FONT_SIZE)).append("\">");
            svg.append("<title id=\"").append(id).append("-t\">").append(XmlText.escape(title)).append("</title>");
            svg.append("<desc id=\"").append(id).append("-d\">").append(XmlText.escape(description())).append("</desc>");
            svg.append("<defs><clipPath id=\"").append(id).append("-clip\"><rect width=\"").append(WIDTH)
                    .append("\" height=\"").append(num(mapH)).append("\"/></clipPath></defs>");
            svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(num(height)).append("\" fill=\"#fff\"/>");
            svg.append("<g clip-path=\"url(#").append(id).append("-clip)\">");
            svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(num(mapH)).append("\" fill=\"")
                    .append(SEA).append("\"/>");
            drawOutline();
            drawGraticule();
            drawRoutes();
            drawPoints();
            svg.append("</g>");
            svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(num(mapH))
                    .append("\" fill=\"none\" stroke=\"").append(COAST).append("\"/>");
            drawFooter(legend, height);
            return svg.append("</svg>").toString();
        }

        // ---- outline -------------------------------------------------------------------------------------------

        private void drawOutline() {
            svg.append("<g stroke=\"").append(COAST).append("\" stroke-width=\"0.7\" stroke-linejoin=\"round\">");
            for (GeoFeature f : data.features()) {
                if (f.kind() == GeoFeature.Kind.COUNTRY) {
                    String fill = switch (f.id()) {
                        case "CN" -> CHINA_LAND;
                        case "RU" -> RUSSIA_LAND;
                        default -> OTHER_LAND;
                    };
                    path(f, fill, true);
                }
            }
            svg.append("</g>");
            for (GeoFeature f : data.features()) {
                if (f.kind() == GeoFeature.Kind.BORDER) {
                    svg.append("<g fill=\"none\" stroke=\"").append(BOUNDARY)
                            .append("\" stroke-opacity=\"0.35\" stroke-width=\"6\" stroke-linejoin=\"round\" stroke-linecap=\"round\">");
                    path(f, null, false);
                    svg.append("</g>");
                }
            }
            svg.append("<g fill=\"none\" stroke=\"").append(RIVER).append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\">");
            for (GeoFeature f : data.features()) {
                if (f.kind() == GeoFeature.Kind.RIVER) {
                    boolean main = RIVER_LABELS.stream().anyMatch(r -> r.id().equals(f.id()));
                    svg.append("<g stroke-width=\"").append(main ? "2" : "1.2").append("\">");
                    path(f, null, false);
                    svg.append("</g>");
                }
            }
            svg.append("</g>");
            svg.append("<g stroke=\"").append(RIVER).append("\" stroke-width=\"0.7\">");
            for (GeoFeature f : data.features()) {
                if (f.kind() == GeoFeature.Kind.LAKE) {
                    path(f, SEA, true);
                }
            }
            svg.append("</g>");
        }

        /** One path element for a feature, leaving out parts outside the view and points closer than half a pixel. */
        private void path(GeoFeature f, String fill, boolean closed) {
            StringBuilder d = new StringBuilder();
            double pad = 1;
            GeoBox near = new GeoBox(view.minLon() - pad, view.minLat() - pad, view.maxLon() + pad, view.maxLat() + pad);
            for (double[] part : f.parts()) {
                if (!near.intersects(bounds(part))) {
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
            if (d.isEmpty()) {
                return;
            }
            svg.append("<path d=\"").append(d).append('"');
            if (fill != null) {
                svg.append(" fill=\"").append(fill).append("\" fill-rule=\"evenodd\"");
            }
            svg.append("><title>").append(XmlText.escape(f.name().isEmpty() ? f.id() : f.name())).append("</title></path>");
        }

        private static GeoBox bounds(double[] part) {
            return GeoBox.enclosing(List.of(part));
        }

        // ---- graticule -----------------------------------------------------------------------------------------

        private void drawGraticule() {
            double span = view.maxLat() - view.minLat();
            int step = span > 12 ? 5 : span > 5 ? 2 : 1;
            StringBuilder d = new StringBuilder();
            StringBuilder labels = new StringBuilder();
            for (int lon = (int) Math.ceil(view.minLon() / step) * step; lon <= view.maxLon(); lon += step) {
                double x = p.x(lon);
                d.append(" M").append(num(x)).append(" 0 V").append(num(mapH));
                String text = degrees(lon, 'E', 'W');
                double w = TextWidth.estimate(text, 10);
                if (x - w / 2 > 4 && x + w / 2 < WIDTH - 4) {
                    labels.append("<text x=\"").append(num(x)).append("\" y=\"12\" text-anchor=\"middle\">")
                            .append(text).append("</text>");
                    taken.add(new Box(x - w / 2 - 2, 0, x + w / 2 + 2, 15));
                }
            }
            for (int lat = (int) Math.ceil(view.minLat() / step) * step; lat <= view.maxLat(); lat += step) {
                double y = p.y(lat);
                d.append(" M0 ").append(num(y)).append(" H").append(WIDTH);
                if (y > 20 && y < mapH - 6) {
                    String text = degrees(lat, 'N', 'S');
                    labels.append("<text x=\"4\" y=\"").append(num(y - 3)).append("\">").append(text).append("</text>");
                    taken.add(new Box(0, y - 14, 6 + TextWidth.estimate(text, 10), y));
                }
            }
            svg.append("<path d=\"").append(d.toString().strip()).append("\" fill=\"none\" stroke=\"#4d5c6a\" stroke-opacity=\"0.22\" stroke-width=\"0.6\"/>");
            svg.append("<g font-size=\"10\" fill=\"").append(MUTED).append("\">").append(labels).append("</g>");
        }

        private static String degrees(int value, char positive, char negative) {
            return Math.abs(value) + "°" + (value >= 0 ? positive : negative);
        }

        // ---- routes and places ---------------------------------------------------------------------------------

        private void drawRoutes() {
            for (int i = 0; i < lines.size(); i++) {
                MapLine line = lines.get(i);
                StringBuilder pts = new StringBuilder();
                for (MapPoint pt : line.points()) {
                    pts.append(pts.isEmpty() ? "" : " ").append(num(p.x(pt.lon()))).append(',').append(num(p.y(pt.lat())));
                }
                open(svg, line.href());
                svg.append("<g fill=\"none\" stroke-linejoin=\"round\" stroke-linecap=\"round\">");
                svg.append("<polyline points=\"").append(pts).append("\" stroke=\"#fff\" stroke-width=\"5.5\" stroke-opacity=\"0.8\"/>");
                svg.append("<polyline points=\"").append(pts).append("\" stroke=\"").append(routeColour(i))
                        .append("\" stroke-width=\"3\"").append(dash(i)).append("><title>").append(XmlText.escape(line.label()))
                        .append("</title></polyline></g>");
                close(svg, line.href());
            }
        }

        private void drawPoints() {
            for (MapPoint pt : points) {
                double x = p.x(pt.lon()), y = p.y(pt.lat());
                taken.add(new Box(x - RADIUS - 1, y - RADIUS - 1, x + RADIUS + 1, y + RADIUS + 1));
            }
            for (MapPoint pt : points) {
                open(svg, pt.href());
                svg.append("<circle cx=\"").append(num(p.x(pt.lon()))).append("\" cy=\"").append(num(p.y(pt.lat())))
                        .append("\" r=\"").append(num(RADIUS)).append("\" fill=\"").append(pointColour(pt.country()))
                        .append("\" stroke=\"#fff\" stroke-width=\"1.5\"><title>").append(XmlText.escape(label(pt)))
                        .append("</title></circle>");
                close(svg, pt.href());
            }
            StringBuilder text = new StringBuilder();
            for (MapPoint pt : points) {
                placePointLabel(pt, text);
            }
            StringBuilder extra = new StringBuilder();
            for (RiverLabel r : RIVER_LABELS) {
                placeRiverLabel(r, extra);
            }
            for (AreaLabel a : AREA_LABELS) {
                placeAreaLabel(a, extra);
            }
            svg.append(extra);
            svg.append("<g fill=\"").append(INK).append("\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
                    .append(text).append("</g>");
        }

        private void placePointLabel(MapPoint pt, StringBuilder out) {
            String label = label(pt);
            if (label.isBlank()) {
                return;
            }
            double x = p.x(pt.lon()), y = p.y(pt.lat());
            double w = TextWidth.estimate(label, FONT_SIZE);
            double r = RADIUS + 3;
            // candidates: right, left, above, below, then the four diagonals
            double[][] candidates = {
                    {x + r, y + 4, 0}, {x - r, y + 4, 2}, {x, y - r - 2, 1}, {x, y + r + 10, 1},
                    {x + r - 2, y - r + 1, 0}, {x + r - 2, y + r + 8, 0}, {x - r + 2, y - r + 1, 2}, {x - r + 2, y + r + 8, 2}};
            Box own = new Box(x - RADIUS - 1, y - RADIUS - 1, x + RADIUS + 1, y + RADIUS + 1);
            for (double[] c : candidates) {
                double left = c[0] - w * c[2] / 2;
                Box box = new Box(left - 1, c[1] - FONT_SIZE * 0.8 - 1, left + w + 1, c[1] + FONT_SIZE * 0.25 + 1);
                if (fits(box, own)) {
                    taken.add(box);
                    open(out, pt.href());
                    out.append("<text x=\"").append(num(c[0])).append("\" y=\"").append(num(c[1])).append('"')
                            .append(c[2] == 0 ? "" : c[2] == 1 ? " text-anchor=\"middle\"" : " text-anchor=\"end\"")
                            .append('>').append(XmlText.escape(label)).append("</text>");
                    close(out, pt.href());
                    return;
                }
            }
        }

        private boolean fits(Box box, Box except) {
            if (box.x0() < 2 || box.y0() < 2 || box.x1() > WIDTH - 2 || box.y1() > mapH - 2) {
                return false;
            }
            for (Box t : taken) {
                if (t != except && !t.equals(except) && t.overlaps(box)) {
                    return false;
                }
            }
            return true;
        }

        private void placeRiverLabel(RiverLabel r, StringBuilder out) {
            Optional<GeoFeature> river = data.feature(r.id());
            if (river.isEmpty()) {
                return;
            }
            double prefX = p.x(r.lon()), prefY = p.y(r.lat());
            double bestD = Double.MAX_VALUE, bx = 0, by = 0, angle = 0;
            double w = TextWidth.estimate(r.text(), 11);
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
                    Box box = rotatedBox(cx, cy, w, 11, rad);
                    if (fits(box, null)) {
                        bestD = dd;
                        bx = cx;
                        by = cy;
                        angle = deg;
                    }
                }
            }
            if (bestD == Double.MAX_VALUE || bestD > 160 * 160 && !view.contains(r.lat(), r.lon())) {
                return;
            }
            taken.add(rotatedBox(bx, by, w, 11, Math.toRadians(angle)));
            out.append("<text x=\"").append(num(bx)).append("\" y=\"").append(num(by)).append("\" transform=\"rotate(")
                    .append(num(angle)).append(' ').append(num(bx)).append(' ').append(num(by))
                    .append(")\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"11\" font-style=\"italic\" fill=\"")
                    .append(RIVER).append("\" stroke=\"#fff\" stroke-width=\"2.5\" stroke-opacity=\"0.8\" paint-order=\"stroke\">")
                    .append(XmlText.escape(r.text())).append("</text>");
        }

        private static Box rotatedBox(double cx, double cy, double w, double h, double rad) {
            double c = Math.abs(Math.cos(rad)), s = Math.abs(Math.sin(rad));
            double hw = (w * c + h * s) / 2 + 1, hh = (w * s + h * c) / 2 + 1;
            return new Box(cx - hw, cy - hh, cx + hw, cy + hh);
        }

        private void placeAreaLabel(AreaLabel a, StringBuilder out) {
            boolean sea = a.country() == null;
            double size = sea ? 12 : 13;
            double spacing = sea ? 0 : 3;
            double w = TextWidth.estimate(a.text(), size) + spacing * a.text().length();
            double h = size;
            double prefX = p.x(a.lon()), prefY = p.y(a.lat());
            Optional<GeoFeature> country = sea ? Optional.empty() : data.feature(a.country());
            if (!sea && country.isEmpty()) {
                return;
            }
            double best = Double.MAX_VALUE, bx = 0, by = 0;
            double limit = 0.35 * WIDTH;
            for (double y = h + 4; y < mapH - 4; y += 8) {
                for (double x = w / 2 + 4; x < WIDTH - w / 2 - 4; x += 8) {
                    double dd = (x - prefX) * (x - prefX) + (y - prefY) * (y - prefY);
                    if (dd >= best || dd > limit * limit) {
                        continue;
                    }
                    Box box = new Box(x - w / 2 - 4, y - h - 2, x + w / 2 + 4, y + 4);
                    if (fits(box, null) && covered(box, country)) {
                        best = dd;
                        bx = x;
                        by = y;
                    }
                }
            }
            if (best == Double.MAX_VALUE) {
                return;
            }
            taken.add(new Box(bx - w / 2 - 4, by - h - 2, bx + w / 2 + 4, by + 4));
            out.append("<text x=\"").append(num(bx)).append("\" y=\"").append(num(by))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(num(size)).append('"');
            if (sea) {
                out.append(" font-style=\"italic\" fill=\"#3f6f97\"");
            } else {
                out.append(" letter-spacing=\"").append(num(spacing)).append("\" font-weight=\"600\" fill=\"#7a7f86\" fill-opacity=\"0.85\"");
            }
            out.append('>').append(XmlText.escape(a.text())).append("</text>");
        }

        /** Whether the box lies on the given country (or, for sea labels, on no country at all), by sampling. */
        private boolean covered(Box box, Optional<GeoFeature> country) {
            for (int i = 0; i <= 4; i++) {
                for (int j = 0; j <= 2; j++) {
                    double lon = p.lon(box.x0() + (box.x1() - box.x0()) * i / 4);
                    double lat = p.lat(box.y0() + (box.y1() - box.y0()) * j / 2);
                    boolean ok = country.isPresent() ? country.get().contains(lat, lon) : data.countryAt(lat, lon).isEmpty();
                    if (!ok) {
                        return false;
                    }
                }
            }
            return true;
        }

        // ---- footer: scale bar, credit and legend --------------------------------------------------------------

        private record LegendItem(String label, String href, String kind, int index) {
        }

        private List<LegendItem> legendItems() {
            List<LegendItem> items = new ArrayList<>();
            items.add(new LegendItem("China–Russia boundary", null, "boundary", 0));
            items.add(new LegendItem("River", null, "river", 0));
            for (int i = 0; i < lines.size(); i++) {
                items.add(new LegendItem(lines.get(i).label(), lines.get(i).href(), "route", i));
            }
            return items;
        }

        private double[][] legendPositions;

        /** Flows legend items into rows under the scale bar row; returns the number of rows. */
        private int layoutLegend(List<LegendItem> items) {
            legendPositions = new double[items.size()][];
            double x = 12;
            int row = 0;
            for (int i = 0; i < items.size(); i++) {
                double w = 34 + TextWidth.estimate(items.get(i).label(), 11);
                if (x + w > WIDTH - 12 && x > 12) {
                    row++;
                    x = 12;
                }
                legendPositions[i] = new double[] {x, row};
                x += w + 22;
            }
            return row + 1;
        }

        private void drawFooter(List<LegendItem> items, double height) {
            double y = mapH + 20;
            // scale bar: a round distance about 120 px long
            double km = niceKm(120 / p.pixelsPerKm());
            double len = km * p.pixelsPerKm();
            svg.append("<g fill=\"").append(MUTED).append("\" font-size=\"11\">");
            svg.append("<path d=\"M12 ").append(num(y - 6)).append(" V").append(num(y)).append(" H").append(num(12 + len))
                    .append(" V").append(num(y - 6)).append("\" fill=\"none\" stroke=\"").append(MUTED).append("\" stroke-width=\"1.5\"/>");
            svg.append("<text x=\"").append(num(20 + len)).append("\" y=\"").append(num(y)).append("\">")
                    .append(num(km)).append(" km</text>");
            svg.append("<text x=\"").append(WIDTH - 12).append("\" y=\"").append(num(y))
                    .append("\" text-anchor=\"end\">").append(XmlText.escape(CREDIT)).append("</text>");
            svg.append("</g><g font-size=\"11\" fill=\"").append(INK).append("\">");
            for (int i = 0; i < items.size(); i++) {
                LegendItem item = items.get(i);
                double x = legendPositions[i][0];
                double ly = y + LEGEND_ROW * (1 + legendPositions[i][1]);
                open(svg, item.href());
                String sample = "M" + num(x) + ' ' + num(ly - 4) + " h26";
                switch (item.kind()) {
                    case "boundary" -> svg.append("<path d=\"").append(sample).append("\" stroke=\"").append(BOUNDARY)
                            .append("\" stroke-opacity=\"0.35\" stroke-width=\"6\"/>");
                    case "river" -> svg.append("<path d=\"").append(sample).append("\" stroke=\"").append(RIVER)
                            .append("\" stroke-width=\"2\"/>");
                    default -> svg.append("<path d=\"").append(sample).append("\" stroke=\"").append(routeColour(item.index()))
                            .append("\" stroke-width=\"3\"").append(dash(item.index())).append("/>");
                }
                svg.append("<text x=\"").append(num(x + 32)).append("\" y=\"").append(num(ly)).append("\">")
                        .append(XmlText.escape(item.label())).append("</text>");
                close(svg, item.href());
            }
            svg.append("</g>");
        }

        private static double niceKm(double target) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
            double r = target / magnitude;
            return (r >= 5 ? 5 : r >= 2 ? 2 : 1) * magnitude;
        }

        // ---- description and small helpers ---------------------------------------------------------------------

        private String description() {
            StringBuilder d = new StringBuilder("Map of the China–Russia border region, ")
                    .append(range(view.minLon(), view.maxLon(), 'E')).append(", ")
                    .append(range(view.minLat(), view.maxLat(), 'N'))
                    .append(", with the Amur, Ussuri and other rivers");
            if (!points.isEmpty()) {
                d.append("; ").append(points.size()).append(points.size() == 1 ? " place: " : " places: ")
                        .append(points.stream().map(BorderMap::label).collect(Collectors.joining(", ")));
            }
            if (!lines.isEmpty()) {
                d.append("; ").append(lines.size()).append(lines.size() == 1 ? " route: " : " routes: ")
                        .append(lines.stream().map(l -> l.label() == null ? "" : l.label()).collect(Collectors.joining(", ")));
            }
            return d.append(". ").append(CREDIT).append('.').toString();
        }

        private static String range(double from, double to, char hemisphere) {
            return String.format(Locale.ROOT, "%.1f–%.1f°%c", from, to, hemisphere).replace(".0", "");
        }

        private static void open(StringBuilder out, String href) {
            String safe = safeHref(href);
            if (safe != null) {
                out.append("<a href=\"").append(XmlText.escape(safe)).append("\">");
            }
        }

        private static void close(StringBuilder out, String href) {
            if (safeHref(href) != null) {
                out.append("</a>");
            }
        }
    }

    // ---- shared helpers ------------------------------------------------------------------------------------------

    private static String label(MapPoint pt) {
        return pt.label() == null ? "" : pt.label();
    }

    private static String pointColour(String country) {
        if (country == null) {
            return "#4f5966";
        }
        return switch (country.toUpperCase(Locale.ROOT)) {
            case "CN" -> "#b3261e";
            case "RU" -> "#1f5f8b";
            default -> "#4f5966";
        };
    }

    private static String routeColour(int index) {
        return ROUTE_COLOURS[index % ROUTE_COLOURS.length];
    }

    private static String dash(int index) {
        return switch (index % 3) {
            case 1 -> " stroke-dasharray=\"7 4\"";
            case 2 -> " stroke-dasharray=\"2 4\"";
            default -> "";
        };
    }

    /** Relative links and http(s)/mailto only: a "javascript:" or "data:" href is dropped (the item is drawn unlinked). */
    static String safeHref(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        int colon = h.indexOf(':');
        int slash = h.indexOf('/');
        int query = h.indexOf('?');
        int hash = h.indexOf('#');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (query < 0 || colon < query) && (hash < 0 || colon < hash);
        if (!hasScheme) {
            return h;
        }
        String scheme = h.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? h : null;
    }

    static String safeId(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "-");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "map-" + s : s;
    }

    /** One decimal, no locale, no "-0". */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return a % 10 == 0 ? sign + (a / 10) : sign + (a / 10) + "." + (a % 10);
    }
}
