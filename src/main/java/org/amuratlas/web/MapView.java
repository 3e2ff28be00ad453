package org.amuratlas.web;

import java.util.List;
import org.amuratlas.geo.MapPoint;

/**
 * A map as a page shows it: the wide drawing for desktops and print, the compact one for phones (the stylesheet
 * shows one of them), and the list of what is on it, which a phone reader can tap.
 *
 * @param areas the projects drawn across whole regions (hatched), on a project's own map
 * @param regionWide the projects given whose places are only whole regions or countries (Siberia, Heilongjiang) and
 *        which this map does not draw (on an overview they would cover one another); the list names them with their
 *        regions
 */
public record MapView(String wide, String compact, List<Item> lines, List<Item> sites, List<Item> areas,
        List<MapPoint> places, List<Item> regionWide) {

    /**
     * A line or a project at places, as the list beside the map names it.
     *
     * @param number the line's number on the map, 0 for a project at places or across regions
     * @param where its places on the map, in the reader's words, and where it continues beyond the map
     */
    public record Item(int number, String label, String href, String kindLabel, String colour, String where) {
    }

    public boolean isEmpty() {
        return lines.isEmpty() && sites.isEmpty() && areas.isEmpty() && places.isEmpty() && regionWide.isEmpty();
    }
}
