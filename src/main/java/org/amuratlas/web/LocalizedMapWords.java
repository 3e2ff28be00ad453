package org.amuratlas.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.amuratlas.geo.GeoBox;
import org.amuratlas.geo.GeoFeature;
import org.amuratlas.geo.MapWords;
import org.amuratlas.i18n.NumberText;
import org.amuratlas.model.Country;

/** The map's words from the message bundle of the reader's language, its numbers in that language's digits. */
final class LocalizedMapWords implements MapWords {

    private final AtlasMessages msg;
    private final NumberText numbers;

    LocalizedMapWords(AtlasMessages msg, NumberText numbers) {
        this.msg = msg;
        this.numbers = numbers;
    }

    @Override
    public String country(String code) {
        return msg.map_country(code);
    }

    @Override
    public String sea(String key) {
        return msg.map_sea(key);
    }

    @Override
    public String river(String id) {
        return msg.map_river(id);
    }

    @Override
    public String featureName(GeoFeature feature) {
        if (feature.name().isEmpty()) {
            return null;
        }
        return switch (feature.kind()) {
            case COUNTRY -> Arrays.stream(Country.values()).anyMatch(c -> c.name().equals(feature.id()))
                    ? msg.country(Country.valueOf(feature.id())) : feature.name();
            case LAKE -> msg.map_lake(feature.id());
            case REGION -> feature.name();
            case RIVER -> msg.map_river(feature.id());
            case BORDER -> msg.map_boundary();
        };
    }

    @Override
    public String boundaryLegend() {
        return msg.map_boundary();
    }

    @Override
    public String riverLegend() {
        return msg.map_river_legend();
    }

    @Override
    public String schematicLegend() {
        return msg.map_schematic();
    }

    @Override
    public String areaLegend() {
        return msg.map_area_legend();
    }

    @Override
    public String across(String project, List<String> regions) {
        return msg.map_across(project, String.join(msg.list_sep(), regions));
    }

    @Override
    public String continuesOffMap(List<String> places) {
        return msg.map_continues(String.join(msg.list_sep(), places));
    }

    @Override
    public String distance(double km) {
        return msg.map_distance(numbers.format(km, 1));
    }

    @Override
    public String credit() {
        return msg.map_credit();
    }

    @Override
    public String longitude(int degrees) {
        return degrees >= 0 ? msg.map_east(degrees) : msg.map_west(-degrees);
    }

    @Override
    public String latitude(int degrees) {
        return degrees >= 0 ? msg.map_north(degrees) : msg.map_south(-degrees);
    }

    @Override
    public String description(GeoBox view, List<String> places, List<String> routes) {
        StringBuilder text = new StringBuilder(msg.map_description(
                msg.map_east_range(degrees(view.minLon()), degrees(view.maxLon())),
                msg.map_north_range(degrees(view.minLat()), degrees(view.maxLat()))));
        if (!places.isEmpty()) {
            text.append(msg.map_part_sep()).append(msg.map_places(places.size(), String.join(msg.list_sep(), places)));
        }
        if (!routes.isEmpty()) {
            text.append(msg.map_part_sep()).append(msg.map_routes(routes.size(), String.join(msg.list_sep(), routes)));
        }
        return (msg.sentence(text.toString()) + msg.sentence(msg.map_credit())).trim();
    }

    /** A box edge to a tenth of a degree, rounded half up, without a trailing ".0" (38.5, 55). */
    private String degrees(double value) {
        return numbers.format(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
    }
}
