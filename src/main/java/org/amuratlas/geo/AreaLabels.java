package org.amuratlas.geo;

import org.amuratlas.chart.TextWidth;
import static org.amuratlas.geo.SvgNumber.num;

import java.util.List;
import java.util.Optional;
import org.amuratlas.chart.XmlText;

/**
 * Country names spaced out across their land and sea names in italics across open water, each at the free spot
 * nearest its preferred position (within about a third of the map's width) whose box lies wholly on that country,
 * or on no country for a sea.
 */
final class AreaLabels {

    /** A country ({@code country} set) or a sea ({@code sea} set) and where its name would best go. */
    private record Area(String country, String sea, double lat, double lon) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("RU", null, 53.6, 129.0),
            new Area("CN", null, 44.6, 121.0),
            new Area("MN", null, 46.5, 114.0),
            new Area("KP", null, 40.6, 127.0),
            new Area("KR", null, 37.8, 128.0),
            new Area("JP", null, 43.4, 142.6),
            new Area(null, "japan", 41.6, 135.5),
            new Area(null, "okhotsk", 54.6, 141.5));

    private AreaLabels() {
    }

    static void place(StringBuilder out, GeoData data, Projection p, double width, double mapH, LabelSpace space,
            MapWords words) {
        for (Area area : AREAS) {
            String text = area.country() != null ? words.country(area.country()) : words.sea(area.sea());
            place(area, text, out, data, p, width, mapH, space);
        }
    }

    private static void place(Area a, String text, StringBuilder out, GeoData data, Projection p, double width,
            double mapH, LabelSpace space) {
        boolean sea = a.country() == null;
        double size = sea ? 12 : 13;
        double spacing = sea ? 0 : 3;
        double w = TextWidth.estimate(text, size) + spacing * text.length();
        double h = size;
        double prefX = p.x(a.lon()), prefY = p.y(a.lat());
        Optional<GeoFeature> country = sea ? Optional.empty() : data.feature(a.country());
        if (!sea && country.isEmpty()) {
            return;
        }
        double best = Double.MAX_VALUE, bx = 0, by = 0;
        double limit = 0.35 * width;
        for (double y = h + 4; y < mapH - 4; y += 8) {
            for (double x = w / 2 + 4; x < width - w / 2 - 4; x += 8) {
                double dd = (x - prefX) * (x - prefX) + (y - prefY) * (y - prefY);
                if (dd >= best || dd > limit * limit) {
                    continue;
                }
                Box box = new Box(x - w / 2 - 4, y - h - 2, x + w / 2 + 4, y + 4);
                if (space.fits(box, null) && covered(box, country, data, p)) {
                    best = dd;
                    bx = x;
                    by = y;
                }
            }
        }
        if (best == Double.MAX_VALUE) {
            return;
        }
        space.take(new Box(bx - w / 2 - 4, by - h - 2, bx + w / 2 + 4, by + 4));
        out.append("<text x=\"").append(num(bx)).append("\" y=\"").append(num(by))
                .append("\" text-anchor=\"middle\" font-size=\"").append(num(size)).append('"');
        if (sea) {
            out.append(" font-style=\"italic\" fill=\"#3f6f97\"");
        } else {
            out.append(" letter-spacing=\"").append(num(spacing)).append("\" font-weight=\"600\" fill=\"#7a7f86\" fill-opacity=\"0.85\"");
        }
        out.append('>').append(XmlText.escape(text)).append("</text>");
    }

    /** Whether the box lies on the given country (or, for sea labels, on no country at all), by sampling. */
    private static boolean covered(Box box, Optional<GeoFeature> country, GeoData data, Projection p) {
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
}
