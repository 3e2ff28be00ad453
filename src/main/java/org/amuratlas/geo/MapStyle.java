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

    /** A line's colour by its project kind: every kind its own, also apart from the place circles' red and blue. */
    static String kindColour(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PIPELINE" -> "#d9480f";
            case "RAILWAY" -> "#37474f";
            case "ROAD" -> "#8a4b0f";
            case "BRIDGE" -> "#7b2cbf";
            case "TRANSMISSION_LINE" -> "#2b8a3e";
            case "CABLE" -> "#0b7285";
            case "REFINERY" -> "#a61e4d";
            case "OIL_TERMINAL" -> "#e67700";
            case "PORT" -> "#1864ab";
            case "TRANSPORT_CORRIDOR" -> "#5c7cfa";
            case "AIR_ROUTE" -> "#1098ad";
            case "TRADE_ZONE" -> "#c2255c";
            case "INDUSTRIAL_PARK" -> "#5f3dc4";
            case "EXPO" -> "#f06595";
            case "PROGRAMME" -> "#66a80f";
            case "STRATEGY" -> "#868e96";
            default -> "#495057";
        };
    }

    /** Every line is a schematic link between the places it joins: dashed, whatever its kind. */
    static final String SCHEMATIC_DASH = " stroke-dasharray=\"7 4\"";

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
}
