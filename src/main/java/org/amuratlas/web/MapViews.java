package org.amuratlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amuratlas.geo.BorderMap;
import org.amuratlas.geo.GeoBox;
import org.amuratlas.geo.MapLine;
import org.amuratlas.geo.MapPoint;
import org.amuratlas.model.PlaceKind;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.read.Place;
import org.amuratlas.read.Project;

/**
 * Puts places and project routes on the border map, for the home, theme and place pages. Labels stay in English
 * for now, whatever the page's language.
 */
@ApplicationScoped
public class MapViews {

    /** Places that are areas, not points, are left off the map. */
    private static final Set<PlaceKind> AREAS = EnumSet.of(PlaceKind.REGION, PlaceKind.COUNTRY, PlaceKind.RIVER);

    /**
     * Projects drawn as routes: fixed links on land. Sea and air routes and corridors are left off, as straight
     * segments between their ports would cross land and mislead.
     */
    private static final Set<ProjectKind> ROUTES = EnumSet.of(ProjectKind.PIPELINE, ProjectKind.BRIDGE,
            ProjectKind.RAILWAY, ProjectKind.ROAD, ProjectKind.TRANSMISSION_LINE, ProjectKind.CABLE);

    /** More routes than this make the legend longer than the map is useful. */
    private static final int MAX_ROUTES = 8;

    @Inject
    BorderMap map;

    /** The whole border region with the given projects' places and routes. */
    public String region(String id, String title, List<Project> projects) {
        return map.svg(id, title, points(projects, null), lines(projects), Optional.empty());
    }

    /** A close-up around one place, with the projects through it. */
    public String around(String id, Place place, List<Project> projects) {
        return map.svg(id, place.nameEn(), points(projects, place), lines(projects),
                Optional.of(GeoBox.around(place.latitude(), place.longitude(), 3)));
    }

    /** Points labelled in order of importance: the focus place first, then places with the most projects. */
    private static List<MapPoint> points(List<Project> projects, Place focus) {
        Map<Place, Integer> uses = new LinkedHashMap<>();
        if (focus != null && !AREAS.contains(focus.kind())) {
            uses.put(focus, Integer.MAX_VALUE);
        }
        for (Project project : projects) {
            for (Place place : project.places()) {
                if (!AREAS.contains(place.kind())) {
                    uses.merge(place, 1, (a, b) -> a == Integer.MAX_VALUE ? a : a + b);
                }
            }
        }
        return uses.entrySet().stream()
                .sorted(Map.Entry.<Place, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().nameEn()))
                .map(e -> point(e.getKey())).toList();
    }

    /** Built links first, plans last: when the legend must be cut, plans go. */
    private static List<MapLine> lines(List<Project> projects) {
        return projects.stream()
                .filter(p -> ROUTES.contains(p.kind()))
                .sorted(Comparator.comparingInt(MapViews::buildRank))
                .map(p -> new MapLine(p.name().english(), p.places().stream().filter(pl -> !AREAS.contains(pl.kind()))
                        .map(MapViews::point).toList(), "/projects/" + p.slug()))
                .filter(line -> line.points().size() >= 2)
                .limit(MAX_ROUTES)
                .toList();
    }

    private static int buildRank(Project project) {
        return switch (project.status()) {
            case OPERATIONAL -> 0;
            case UNDER_CONSTRUCTION -> 1;
            case APPROVED -> 2;
            default -> 3;
        };
    }

    private static MapPoint point(Place place) {
        return new MapPoint(place.slug(), place.nameEn(), place.latitude(), place.longitude(), place.country().name(),
                "/places/" + place.slug());
    }
}
