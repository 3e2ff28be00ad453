package org.amuratlas.geo;

import java.util.List;

/**
 * A project drawn across whole regions (a provincial strategy, the Trans-Siberian Railway): it has no site of its
 * own, so the map shades the regions it spans, hatched in its kind's colour, and names them. A region's own page
 * hatches the region itself the same way, with no kind (grey, named in the legend by its name).
 *
 * @param label the project's name, the shading's tooltip
 * @param href link target of the shading, or {@code null}
 * @param kind the project kind's key, which picks the colour; empty for a region shown for itself
 * @param kindLabel the kind's name in the reader's language, for the legend
 * @param regions the regions it spans, each named in the reader's script and outlined by ISO 3166 codes
 */
public record MapArea(String label, String href, String kind, String kindLabel, List<Region> regions) {

    /**
     * @param name the region's name in the reader's script, written on the map
     * @param codes the outline's features that make it up: ISO 3166-2 codes of provinces and federal subjects
     *        ({@code CN-HL}), or ISO 3166-1 codes of countries ({@code CN})
     */
    public record Region(String name, List<String> codes) {

        public Region {
            codes = List.copyOf(codes);
        }
    }

    public MapArea {
        regions = List.copyOf(regions);
        kind = kind == null ? "" : kind;
        kindLabel = kindLabel == null ? "" : kindLabel;
    }
}
