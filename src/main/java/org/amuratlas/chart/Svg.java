package org.amuratlas.chart;

import java.util.Locale;

/** What the chart writers share: palette, type, coordinates and tick spacing. */
final class Svg {

    static final String[] PALETTE = {"#1f5f8b", "#b3261e", "#8a4b0f", "#2e7d32", "#6a3d9a"};
    static final String FONT = "font-family=\"Noto Sans, Segoe UI, system-ui, sans-serif\"";

    private Svg() {
    }

    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A "nice" tick step (1, 2 or 5 times a power of ten) giving about {@code targetTicks} ticks over the range. */
    static double niceStep(double range, int targetTicks) {
        if (range <= 0) {
            return 1;
        }
        double rough = range / targetTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double nice = residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1;
        return nice * magnitude;
    }
}
