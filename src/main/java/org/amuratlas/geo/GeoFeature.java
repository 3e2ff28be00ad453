package org.amuratlas.geo;

import java.util.List;

/**
 * One named shape of the outline data: a country, lake or region (a province or federal subject, by its ISO 3166-2
 * code; closed rings) or a river or boundary (open lines).
 * Each part is a flat array {@code lon0, lat0, lon1, lat1, ...}; rings are implicitly closed.
 */
public record GeoFeature(String id, Kind kind, String name, List<double[]> parts) {

    public enum Kind {
        COUNTRY(true), LAKE(true), REGION(true), RIVER(false), BORDER(false);

        /** Whether the parts are closed rings (areas) rather than open lines. */
        public final boolean area;

        Kind(boolean area) {
            this.area = area;
        }
    }

    public GeoFeature {
        parts = List.copyOf(parts);
    }

    /**
     * Whether the point lies inside this area (even–odd rule over all rings, so holes count as outside); always
     * {@code false} for lines.
     */
    public boolean contains(double lat, double lon) {
        if (!kind.area) {
            return false;
        }
        boolean inside = false;
        for (double[] ring : parts) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i], yi = ring[2 * i + 1];
                double xj = ring[2 * j], yj = ring[2 * j + 1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** The smallest box holding all parts. */
    public GeoBox bounds() {
        return GeoBox.enclosing(parts);
    }
}
