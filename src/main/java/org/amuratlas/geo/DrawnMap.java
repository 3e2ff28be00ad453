package org.amuratlas.geo;

import java.util.List;

/**
 * A drawn map and what is on it, for the list beside it (a phone reader taps names there, not 8-pixel circles).
 *
 * @param svg the map
 * @param lines the numbered lines, in the legend's order (the number is drawn on the line)
 * @param sites the projects drawn as squares at their places
 * @param areas the projects drawn across whole regions
 * @param places the places marked, in order of importance
 */
public record DrawnMap(String svg, List<Line> lines, List<Site> sites, List<Area> areas, List<MapPoint> places) {

    /**
     * @param number the number on the map and in the legend
     * @param offMap the labels of its places outside the frame, in order (not joined on this map)
     */
    public record Line(int number, String label, String href, String kind, String kindLabel, String colour,
            List<String> places, List<String> offMap) {
    }

    /** @param places the labels of its places on the map; @param offMap those outside the frame */
    public record Site(String label, String href, String kind, String kindLabel, String colour, List<String> places,
            List<String> offMap) {
    }

    /** @param regions the names of the regions shaded for it; @param offMap those wholly outside the frame */
    public record Area(String label, String href, String kind, String kindLabel, String colour, List<String> regions,
            List<String> offMap) {
    }
}
