package org.amuratlas.geo;

/**
 * A place to mark on a {@link BorderMap}.
 *
 * @param slug stable identifier (used only for the SVG's own ids; may be {@code null})
 * @param label text shown next to the circle and in its tooltip
 * @param lat latitude in degrees north
 * @param lon longitude in degrees east
 * @param country ISO 3166-1 alpha-2 code ("CN", "RU", ...); picks the circle's colour; may be {@code null}
 * @param href link target of the circle and its label, or {@code null} for none
 */
public record MapPoint(String slug, String label, double lat, double lon, String country, String href) {
}
