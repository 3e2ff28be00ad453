package org.amuratlas.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import org.amuratlas.geo.MapWords;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.NumberText;
import org.amuratlas.model.PlaceKind;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.read.Place;
import org.amuratlas.read.Project;

/**
 * Puts places and project routes on the border map, for the home, theme and place pages, in the reader's language:
 * place labels in its script (the place table's Russian and Chinese names), the map's own words from the message
 * bundle.
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

    @Inject
    ReaderLanguage reader;

    /** The whole border region with the given projects' places and routes. */
    public String region(String id, String title, List<Project> projects) {
        Language language = reader.get();
        return map.svg(id, title, points(projects, null, language), lines(projects, language), Optional.empty(),
                words(language));
    }

    /** A close-up around one place, with the projects through it. */
    public String around(String id, Place place, List<Project> projects) {
        Language language = reader.get();
        return map.svg(id, name(place, language), points(projects, place, language), lines(projects, language),
                Optional.of(GeoBox.around(place.latitude(), place.longitude(), 3)), words(language));
    }

    /** The site's words in the reader's language, for a map's title. */
    public AtlasMessages words() {
        return MessageBundles.get(AtlasMessages.class, Localized.Literal.of(reader.get().code));
    }

    private static MapWords words(Language language) {
        return new LocalizedMapWords(MessageBundles.get(AtlasMessages.class, Localized.Literal.of(language.code)),
                NumberText.of(language));
    }

    /** A place's name in the reader's script. */
    static String name(Place place, Language language) {
        return switch (language) {
            case EN -> place.nameEn();
            case RU -> place.nameRu();
            case ZH -> place.nameZh();
        };
    }

    /** Points labelled in order of importance: the focus place first, then places with the most projects. */
    private static List<MapPoint> points(List<Project> projects, Place focus, Language language) {
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
                .map(e -> point(e.getKey(), language)).toList();
    }

    /** Built links first, plans last: when the legend must be cut, plans go. */
    private static List<MapLine> lines(List<Project> projects, Language language) {
        return projects.stream()
                .filter(p -> ROUTES.contains(p.kind()))
                .sorted(Comparator.comparingInt(MapViews::buildRank))
                .map(p -> new MapLine(p.name().text(), p.places().stream().filter(pl -> !AREAS.contains(pl.kind()))
                        .map(pl -> point(pl, language)).toList(), PageLinks.to(language, "/projects/" + p.slug())))
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

    private static MapPoint point(Place place, Language language) {
        return new MapPoint(place.slug(), name(place, language), place.latitude(), place.longitude(),
                place.country().name(), PageLinks.to(language, "/places/" + place.slug()));
    }
}
