package org.amuratlas.geo;

/** A longitude/latitude rectangle in degrees (east and north positive). */
public record GeoBox(double minLon, double minLat, double maxLon, double maxLat) {

    /** The whole-region view: the Amur/Heilongjiang basin from Manzhouli to the Sea of Okhotsk and down to Dalian. */
    public static final GeoBox REGION = new GeoBox(115, 38.5, 142, 55);

    /** The smallest box holding every point of the given lon,lat,lon,lat,... coordinate arrays. */
    public static GeoBox enclosing(java.util.List<double[]> parts) {
        double minLon = Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (double[] part : parts) {
            for (int i = 0; i < part.length; i += 2) {
                minLon = Math.min(minLon, part[i]);
                maxLon = Math.max(maxLon, part[i]);
                minLat = Math.min(minLat, part[i + 1]);
                maxLat = Math.max(maxLat, part[i + 1]);
            }
        }
        return new GeoBox(minLon, minLat, Math.max(maxLon, minLon + 1e-9), Math.max(maxLat, minLat + 1e-9));
    }

    public GeoBox {
        if (!(minLon < maxLon) || !(minLat < maxLat) || minLat < -85 || maxLat > 85) {
            throw new IllegalArgumentException("not a usable box: " + minLon + "," + minLat + " – " + maxLon + "," + maxLat);
        }
    }

    /**
     * A box centred on a place: {@code ±latDegrees} north–south, and east–west wide enough that the projected map is
     * 4:3 landscape (so ±3° at 45°N spans about ±5.7° of longitude).
     */
    public static GeoBox around(double lat, double lon, double latDegrees) {
        double lonDegrees = latDegrees * 4 / 3 / Math.cos(Math.toRadians(lat));
        return new GeoBox(lon - lonDegrees, lat - latDegrees, lon + lonDegrees, lat + latDegrees);
    }

    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }

    public boolean intersects(GeoBox other) {
        return other.minLon <= maxLon && other.maxLon >= minLon && other.minLat <= maxLat && other.maxLat >= minLat;
    }

    public double centreLat() {
        return (minLat + maxLat) / 2;
    }
}
