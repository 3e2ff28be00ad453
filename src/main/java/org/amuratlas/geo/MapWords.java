package org.amuratlas.geo;

import java.util.List;

/**
 * The words a map writes, in the reader's language: country and sea names across the map, river names along the
 * rivers, the legend, the scale bar, the graticule, the credit and the description read by screen readers. Place
 * and route labels come with the {@link MapPoint}s and {@link MapLine}s, already in the reader's script.
 */
public interface MapWords {

    /** A country's name written across its land, e.g. "RUSSIA", from its ISO 3166-1 code. */
    String country(String code);

    /** A sea's name, from its key ({@code japan}, {@code okhotsk}). */
    String sea(String key);

    /** A river's name, from its feature id in the outline ({@code amur}, {@code ussuri}, ...). */
    String river(String id);

    /**
     * A country's, lake's, river's or boundary's name as its tooltip, or null for a feature the outline leaves
     * unnamed. By default the outline's own (English) name.
     */
    default String featureName(GeoFeature feature) {
        return feature.name().isEmpty() ? null : feature.name();
    }

    String boundaryLegend();

    String riverLegend();

    /** The legend's entry for the dashed sample: lines join named places, their routes are not known. */
    String schematicLegend();

    /** The legend's entry for the hatched sample: a project across whole regions, not at a site in them. */
    String areaLegend();

    /** A project across whole regions, for the description, e.g. "Grain corridor (across Northeast China)". */
    String across(String project, List<String> regions);

    /** A line's or project's places outside the map, e.g. "(continues to Murmansk, off the map)". */
    String continuesOffMap(List<String> places);

    /** The scale bar's length, e.g. "200 km". */
    String distance(double km);

    /** The outline's source and licence. */
    String credit();

    /** A meridian's label, e.g. "130°E" (negative: west). */
    String longitude(int degrees);

    /** A parallel's label, e.g. "45°N" (negative: south). */
    String latitude(int degrees);

    /**
     * The map's description: the area it shows and the places and routes on it, ending with the credit.
     *
     * @param places the labels of the places drawn, in order
     * @param routes the labels of the routes drawn, in order
     */
    String description(GeoBox view, List<String> places, List<String> routes);
}
