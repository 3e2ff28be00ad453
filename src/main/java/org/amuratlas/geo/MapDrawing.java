package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amuratlas.chart.XmlText;

/**
 * One map being drawn: the frame, then the layers bottom to top (sea, outline, regions a project spans, graticule,
 * lines, places, projects at places, line numbers, names), then the footer. Labels are placed in order of importance (graticule, places,
 * rivers, countries and seas), each where nothing placed before it is.
 *
 * <p>What goes where: a line with two or more places in the frame is drawn and numbered; a line with one is drawn as
 * a project at that place; places outside the frame are never joined (a straight line from Murmansk to Harbin
 * would cross Mongolia), they are named in the legend and the list as "continues to …".
 */
final class MapDrawing {

    private final GeoData data;
    private final String id;
    private final String title;
    private final List<MapPoint> points;
    private final List<RouteLayer.Placed> lines = new ArrayList<>();
    private final List<SiteLayer.Square> squares = new ArrayList<>();
    private final List<MapArea> areas;
    private final List<DrawnMap.Line> drawnLines = new ArrayList<>();
    private final List<DrawnMap.Site> drawnSites = new ArrayList<>();
    private final Projection p;
    private final MapWords words;
    private final boolean compact;
    private final double width;
    private final double mapH;
    private final StringBuilder svg = new StringBuilder(64 * 1024);

    MapDrawing(GeoData data, String id, String title, List<MapPoint> points, List<MapLine> lines, List<MapSite> sites,
            List<MapArea> areas, Projection p, MapWords words, boolean compact) {
        this.data = data;
        this.areas = areas.stream().filter(a -> a != null && inView(a, data, p)).toList();
        this.id = id;
        this.title = title;
        this.p = p;
        this.words = words;
        this.compact = compact;
        this.width = p.width();
        this.mapH = Math.round(p.height());
        this.points = points.stream().filter(pt -> pt != null && inFrame(pt)).toList();
        for (MapLine line : lines) {
            if (line == null) {
                continue;
            }
            List<MapPoint> inside = line.points().stream().filter(pt -> pt != null && inFrame(pt)).toList();
            List<String> outside = line.points().stream().filter(pt -> pt != null && !inFrame(pt))
                    .map(PlaceLayer::label).toList();
            if (distinct(inside, p).size() >= 2) {
                int number = this.lines.size() + 1;
                this.lines.add(new RouteLayer.Placed(number, line, inside));
                drawnLines.add(new DrawnMap.Line(number, line.label(), line.href(), line.kind(), line.kindLabel(),
                        MapStyle.kindColour(line.kind()), inside.stream().map(PlaceLayer::label).toList(), outside));
            } else if (!inside.isEmpty()) {
                addSite(new MapSite(line.label(), inside, line.href(), line.kind(), line.kindLabel()), outside);
            }
        }
        for (MapSite site : sites) {
            if (site != null) {
                addSite(site, site.places().stream().filter(pt -> pt != null && !inFrame(pt)).map(PlaceLayer::label).toList());
            }
        }
    }

    private void addSite(MapSite site, List<String> outside) {
        List<MapPoint> inside = distinct(site.places().stream().filter(pt -> pt != null && inFrame(pt)).toList(), p);
        if (inside.isEmpty()) {
            return;
        }
        for (MapPoint pt : inside) {
            squares.add(new SiteLayer.Square(site, pt));
        }
        drawnSites.add(new DrawnMap.Site(site.label(), site.href(), site.kind(), site.kindLabel(),
                MapStyle.kindColour(site.kind()), inside.stream().map(PlaceLayer::label).toList(), outside));
    }

    /** Whether any of the area's regions reaches into the view (a project wholly outside it is not drawn). */
    private static boolean inView(MapArea area, GeoData data, Projection p) {
        return area.regions().stream().anyMatch(r -> AreaLayer.inView(r, data, p));
    }

    /** The area as drawn: its regions in view, and those wholly outside it, named as off the map. */
    private DrawnMap.Area drawn(MapArea area) {
        Map<Boolean, List<String>> inView = area.regions().stream().collect(Collectors.partitioningBy(
                r -> AreaLayer.inView(r, data, p), Collectors.mapping(MapArea.Region::name, Collectors.toList())));
        return new DrawnMap.Area(area.label(), area.href(), area.kind(), area.kindLabel(),
                MapStyle.kindColour(area.kind()), inView.get(true), inView.get(false));
    }

    private boolean inFrame(MapPoint pt) {
        return !Double.isNaN(pt.lat()) && !Double.isNaN(pt.lon()) && p.box().contains(pt.lat(), pt.lon());
    }

    /** The points with the first on each spot of this map kept ({@link Projection#spot}). */
    private static List<MapPoint> distinct(List<MapPoint> pts, Projection p) {
        Map<String, MapPoint> seen = new LinkedHashMap<>();
        for (MapPoint pt : pts) {
            seen.putIfAbsent(p.spot(pt), pt);
        }
        return List.copyOf(seen.values());
    }

    DrawnMap draw() {
        List<DrawnMap.Area> drawnAreas = areas.stream().map(this::drawn).toList();
        Legend legend = new Legend(drawnLines, drawnSites, drawnAreas, words, width, compact);
        double height = mapH + MapFooter.height(p, width, words) + legend.rows() * Legend.ROW;
        svg.append("<svg class=\"map").append(compact ? " map-compact" : " map-wide")
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"group\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\" ").append(MapStyle.FONT).append(" font-size=\"").append(num(MapStyle.FONT_SIZE)).append("\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(XmlText.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(XmlText.escape(description(drawnAreas))).append("</desc>");
        svg.append("<defs><clipPath id=\"").append(id).append("-clip\"><rect width=\"").append(num(width))
                .append("\" height=\"").append(num(mapH)).append("\"/></clipPath></defs>");
        svg.append("<rect width=\"").append(num(width)).append("\" height=\"").append(num(height)).append("\" fill=\"#fff\"/>");
        svg.append("<g clip-path=\"url(#").append(id).append("-clip)\">");
        svg.append("<rect width=\"").append(num(width)).append("\" height=\"").append(num(mapH)).append("\" fill=\"")
                .append(MapStyle.SEA).append("\"/>");
        LabelSpace space = new LabelSpace(width, mapH);
        OutlineLayer.draw(svg, data, p, RiverLabels.MAIN_RIVERS, words);
        AreaLayer.draw(svg, id, areas, data, p);
        Graticule.draw(svg, p, width, mapH, space, words);
        RouteLayer.draw(svg, lines, p);
        PlaceLayer.drawMarkers(svg, points, p, space);
        SiteLayer.draw(svg, squares, p, space);
        RouteLayer.drawBadges(svg, lines, p, space);
        Map<String, Double> reach = new LinkedHashMap<>();
        SiteLayer.byPlace(squares, p).forEach((key, group) -> reach.put(key, SiteLayer.reach(group.size())));
        StringBuilder placeLabels = PlaceLayer.labels(points, p, space, reach);
        StringBuilder names = new StringBuilder();
        AreaLayer.labels(names, areas, data, p, width, mapH, space);
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
        svg.append("</svg>");
        return new DrawnMap(svg.toString(), List.copyOf(drawnLines), List.copyOf(drawnSites), drawnAreas, points);
    }

    private String description(List<DrawnMap.Area> drawnAreas) {
        List<String> routes = new ArrayList<>();
        for (DrawnMap.Line line : drawnLines) {
            routes.add(line.number() + " " + line.label()
                    + (line.offMap().isEmpty() ? "" : " " + words.continuesOffMap(line.offMap())));
        }
        for (DrawnMap.Site site : drawnSites) {
            routes.add(site.label() + (site.offMap().isEmpty() ? "" : " " + words.continuesOffMap(site.offMap())));
        }
        for (DrawnMap.Area area : drawnAreas) {
            routes.add(words.across(area.label(), area.regions())
                    + (area.offMap().isEmpty() ? "" : " " + words.continuesOffMap(area.offMap())));
        }
        return words.description(p.box(), points.stream().map(PlaceLayer::label).toList(), routes);
    }
}
