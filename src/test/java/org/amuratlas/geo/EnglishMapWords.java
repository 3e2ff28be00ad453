package org.amuratlas.geo;

import java.util.List;
import java.util.Locale;

/** The map's English words, as the message bundle has them, for drawing maps in tests without the application. */
final class EnglishMapWords implements MapWords {

    static final EnglishMapWords INSTANCE = new EnglishMapWords();

    @Override
    public String country(String code) {
        return switch (code) {
            case "RU" -> "RUSSIA";
            case "CN" -> "CHINA";
            case "MN" -> "MONGOLIA";
            case "KP" -> "N. KOREA";
            case "KR" -> "S. KOREA";
            case "JP" -> "JAPAN";
            default -> code;
        };
    }

    @Override
    public String sea(String key) {
        return key.equals("japan") ? "Sea of Japan" : "Sea of Okhotsk";
    }

    @Override
    public String river(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    @Override
    public String boundaryLegend() {
        return "China–Russia boundary";
    }

    @Override
    public String riverLegend() {
        return "River";
    }

    @Override
    public String schematicLegend() {
        return "Dashed: schematic link, route not known";
    }

    @Override
    public String areaLegend() {
        return "Hatched: across the whole region";
    }

    @Override
    public String across(String project, List<String> regions) {
        return project + " (across " + String.join(", ", regions) + ")";
    }

    @Override
    public String continuesOffMap(List<String> places) {
        return "(continues to " + String.join(", ", places) + ", off the map)";
    }

    @Override
    public String distance(double km) {
        return SvgNumber.num(km) + " km";
    }

    @Override
    public String credit() {
        return "Outline: Natural Earth (public domain)";
    }

    @Override
    public String longitude(int degrees) {
        return Math.abs(degrees) + "°" + (degrees >= 0 ? "E" : "W");
    }

    @Override
    public String latitude(int degrees) {
        return Math.abs(degrees) + "°" + (degrees >= 0 ? "N" : "S");
    }

    @Override
    public String description(GeoBox view, List<String> places, List<String> routes) {
        StringBuilder d = new StringBuilder("Map of the China–Russia border region, ")
                .append(String.format(Locale.ROOT, "%.1f–%.1f°E", view.minLon(), view.maxLon()).replace(".0", ""))
                .append(", ")
                .append(String.format(Locale.ROOT, "%.1f–%.1f°N", view.minLat(), view.maxLat()).replace(".0", ""))
                .append(", with the Amur, Ussuri and other rivers");
        if (!places.isEmpty()) {
            d.append("; ").append(places.size()).append(places.size() == 1 ? " place: " : " places: ").append(String.join(", ", places));
        }
        if (!routes.isEmpty()) {
            d.append("; ").append(routes.size()).append(routes.size() == 1 ? " route: " : " routes: ").append(String.join(", ", routes));
        }
        return d.append(". ").append(credit()).append('.').toString();
    }
}
