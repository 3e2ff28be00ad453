package org.amuratlas.geo;

import static org.amuratlas.geo.SvgNumber.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amuratlas.chart.TextWidth;
import org.amuratlas.chart.XmlText;

/**
 * Projects across whole regions: each region the project spans is shaded with diagonal hatching in the project
 * kind's colour and outlined in it (a region is a province, a federal subject or a group of them, from the outline's
 * region features, or a country), with the project's name and the region's as tooltip and a link to the project.
 * Hatching, not a solid tint, so the land's own colours, the boundary and the rivers still show through; the outline
 * is dashed, so it does not read as a river. A country's name is already on the map, so only provinces and groups of
 * them are named.
 */
final class AreaLayer {

    static final double LABEL_SIZE = 12;
    private static final double GRID = 16;

    private AreaLayer() {
    }

    /** The hatching pattern's id for the area at this index of a map. */
    static String patternId(String mapId, int index) {
        return mapId + "-area-" + index;
    }

    static void draw(StringBuilder svg, String mapId, List<MapArea> areas, GeoData data, Projection p) {
        if (areas.isEmpty()) {
            return;
        }
        svg.append("<defs>");
        for (int i = 0; i < areas.size(); i++) {
            String colour = MapStyle.kindColour(areas.get(i).kind());
            svg.append("<pattern id=\"").append(patternId(mapId, i))
                    .append("\" patternUnits=\"userSpaceOnUse\" width=\"7\" height=\"7\" patternTransform=\"rotate(45)\">")
                    .append("<rect width=\"7\" height=\"7\" fill=\"").append(colour).append("\" fill-opacity=\"0.1\"/>")
                    .append("<path d=\"M0 0 V7\" stroke=\"").append(colour).append("\" stroke-width=\"2\" stroke-opacity=\"0.45\"/>")
                    .append("</pattern>");
        }
        svg.append("</defs>");
        for (int i = 0; i < areas.size(); i++) {
            MapArea area = areas.get(i);
            String colour = MapStyle.kindColour(area.kind());
            MapLinks.open(svg, area.href());
            for (MapArea.Region region : area.regions()) {
                StringBuilder d = new StringBuilder();
                for (GeoFeature f : features(region, data)) {
                    String part = OutlineLayer.pathData(f, true, p);
                    if (!part.isEmpty()) {
                        d.append(d.isEmpty() ? "" : " ").append(part);
                    }
                }
                if (d.isEmpty()) {
                    continue;
                }
                svg.append("<path d=\"").append(d).append("\" fill=\"url(#").append(patternId(mapId, i))
                        .append(")\" fill-rule=\"evenodd\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"1.4\" stroke-dasharray=\"5 3\" stroke-linejoin=\"round\"><title>")
                        .append(XmlText.escape(area.label().equals(region.name()) ? region.name()
                                : area.label() + " — " + region.name())).append("</title></path>");
            }
            MapLinks.close(svg, area.href());
        }
    }

    /** The outline's features making up a region (a code the outline lacks is skipped: the data test checks them). */
    static List<GeoFeature> features(MapArea.Region region, GeoData data) {
        List<GeoFeature> out = new ArrayList<>();
        for (String code : region.codes()) {
            data.feature(code).filter(f -> f.kind() == GeoFeature.Kind.REGION || f.kind() == GeoFeature.Kind.COUNTRY)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** Whether any of the region's features reaches into the view. */
    static boolean inView(MapArea.Region region, GeoData data, Projection p) {
        return features(region, data).stream().anyMatch(f -> p.box().intersects(f.bounds()));
    }

    /** The features with their boxes, so a point far from one is ruled out without walking its rings. */
    private record Shapes(List<GeoFeature> features, List<GeoBox> boxes) {

        static Shapes of(List<GeoFeature> features) {
            return new Shapes(features, features.stream().map(GeoFeature::bounds).toList());
        }

        /** Whether the point lies in the region (on any of its features). */
        boolean contains(double lat, double lon) {
            for (int i = 0; i < features.size(); i++) {
                if (boxes.get(i).contains(lat, lon) && features.get(i).contains(lat, lon)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Writes each region's name on it, in the kind's colour: at the free spot nearest the middle of the region's part
     * in view whose label box lies wholly on the region; a region with no such spot keeps its tooltip only.
     */
    static void labels(StringBuilder out, List<MapArea> areas, GeoData data, Projection p, double width, double mapH,
            LabelSpace space) {
        for (MapArea area : areas) {
            for (MapArea.Region region : area.regions()) {
                List<GeoFeature> features = features(region, data);
                if (features.stream().allMatch(f -> f.kind() == GeoFeature.Kind.COUNTRY)) {
                    continue;
                }
                spot(region.name(), Shapes.of(features), p, width, mapH, space).ifPresent(box -> {
                    space.take(box);
                    out.append("<text x=\"").append(num((box.x0() + box.x1()) / 2)).append("\" y=\"")
                            .append(num(box.y1() - 3)).append("\" text-anchor=\"middle\" font-size=\"")
                            .append(num(LABEL_SIZE)).append("\" font-weight=\"700\" fill=\"")
                            .append(MapStyle.kindColour(area.kind()))
                            .append("\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
                            .append(XmlText.escape(region.name())).append("</text>");
                });
            }
        }
    }

    private static Optional<Box> spot(String name, Shapes features, Projection p, double width,
            double mapH, LabelSpace space) {
        // the middle of the region's part in view, from a grid of points on it
        List<double[]> on = new ArrayList<>();
        double sumX = 0, sumY = 0;
        for (double y = GRID / 2; y < mapH; y += GRID) {
            for (double x = GRID / 2; x < width; x += GRID) {
                if (features.contains(p.lat(y), p.lon(x))) {
                    on.add(new double[] {x, y});
                    sumX += x;
                    sumY += y;
                }
            }
        }
        if (on.isEmpty()) {
            return Optional.empty();
        }
        double midX = sumX / on.size(), midY = sumY / on.size();
        double w = TextWidth.estimate(name, LABEL_SIZE) + 6;
        double h = LABEL_SIZE + 5;
        on.sort((a, b) -> Double.compare(dist(a, midX, midY), dist(b, midX, midY)));
        for (double[] at : on) {
            Box box = new Box(at[0] - w / 2, at[1] - h / 2, at[0] + w / 2, at[1] + h / 2);
            if (space.fits(box, null) && covered(box, features, p)) {
                return Optional.of(box);
            }
        }
        return Optional.empty();
    }

    private static double dist(double[] a, double x, double y) {
        return (a[0] - x) * (a[0] - x) + (a[1] - y) * (a[1] - y);
    }

    private static boolean covered(Box box, Shapes features, Projection p) {
        for (int i = 0; i <= 4; i++) {
            for (int j = 0; j <= 2; j++) {
                double lon = p.lon(box.x0() + (box.x1() - box.x0()) * i / 4);
                double lat = p.lat(box.y0() + (box.y1() - box.y0()) * j / 2);
                if (!features.contains(lat, lon)) {
                    return false;
                }
            }
        }
        return true;
    }
}
