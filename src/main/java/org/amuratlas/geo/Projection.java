package org.amuratlas.geo;

/**
 * Equirectangular projection scaled by the cosine of the box's middle latitude, fitting a {@link GeoBox} exactly into
 * a viewport {@code width} pixels wide (the height follows), with y growing downwards. Distances are true along the
 * middle parallel and along meridians; at 38–57°N the east–west error at the box edges stays within about ±15 %.
 */
public final class Projection {

    /** Kilometres per degree of latitude (mean). */
    public static final double KM_PER_DEGREE = 111.2;

    private final GeoBox box;
    private final double width;
    private final double height;
    private final double xScale;
    private final double yScale;

    public Projection(GeoBox box, double width) {
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive");
        }
        this.box = box;
        this.width = width;
        double cos = Math.cos(Math.toRadians(box.centreLat()));
        this.xScale = width / (box.maxLon() - box.minLon());
        this.yScale = xScale / cos;
        this.height = (box.maxLat() - box.minLat()) * yScale;
    }

    public GeoBox box() {
        return box;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double x(double lon) {
        return (lon - box.minLon()) * xScale;
    }

    public double y(double lat) {
        return (box.maxLat() - lat) * yScale;
    }

    /** Pixels per kilometre along the box's middle parallel (and along meridians). */
    public double pixelsPerKm() {
        return yScale / KM_PER_DEGREE;
    }

    /** Places closer than this many pixels count as one spot on this map (one ring of squares, no line between). */
    static final double SPOT = 3;

    /**
     * The spot a point falls on at this map's scale, as a key: Heihe and Blagoveshchensk, 2 km apart across the
     * Amur, are one spot on the whole region's map and two on a close-up, where the bridge between them is drawn.
     */
    String spot(MapPoint pt) {
        return Math.round(x(pt.lon()) / SPOT) + "," + Math.round(y(pt.lat()) / SPOT);
    }

    /** The inverse of {@link #x(double)}. */
    public double lon(double x) {
        return box.minLon() + x / xScale;
    }

    /** The inverse of {@link #y(double)}. */
    public double lat(double y) {
        return box.maxLat() - y / yScale;
    }
}
