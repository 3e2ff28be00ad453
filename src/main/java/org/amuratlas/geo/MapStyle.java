package org.amuratlas.geo;

import java.util.Locale;

/** The map's colours, strokes and type, shared by its layers and legend. */
final class MapStyle {

    static final String SEA = "#c6dcec";
    static final String CHINA_LAND = "#f5e4c3";
    static final String RUSSIA_LAND = "#dfe9d3";
    static final String OTHER_LAND = "#e3e3e0";
    static final String COAST = "#8696a3";
    static final String RIVER = "#2a6fb0";
    static final String BOUNDARY = "#c2185b";
    static final String INK = "#1d232b";
    static final String MUTED = "#55606c";
    static final String FONT = "font-family=\"Noto Sans, Segoe UI, system-ui, sans-serif\"";
    static final double FONT_SIZE = 12;

    private static final String[] ROUTE_COLOURS = {"#d9480f", "#6a3d9a", "#2e7d32", "#8a4b0f", "#c2185b", "#00838f"};

    private MapStyle() {
    }

    static String landColour(String countryId) {
        return switch (countryId) {
            case "CN" -> CHINA_LAND;
            case "RU" -> RUSSIA_LAND;
            default -> OTHER_LAND;
        };
    }

    static String pointColour(String country) {
        if (country == null) {
            return "#4f5966";
        }
        return switch (country.toUpperCase(Locale.ROOT)) {
            case "CN" -> "#b3261e";
            case "RU" -> "#1f5f8b";
            default -> "#4f5966";
        };
    }

    /** Routes differ by colour and by dash pattern, so they stay apart in print and for colour-blind readers. */
    static String routeColour(int index) {
        return ROUTE_COLOURS[index % ROUTE_COLOURS.length];
    }

    static String routeDash(int index) {
        return switch (index % 3) {
            case 1 -> " stroke-dasharray=\"7 4\"";
            case 2 -> " stroke-dasharray=\"2 4\"";
            default -> "";
        };
    }
}
