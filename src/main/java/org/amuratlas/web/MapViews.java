package org.amuratlas.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amuratlas.geo.BorderMap;
import org.amuratlas.geo.DrawnMap;
import org.amuratlas.geo.GeoBox;
import org.amuratlas.geo.MapArea;
import org.amuratlas.geo.MapLine;
import org.amuratlas.geo.MapPoint;
import org.amuratlas.geo.MapSite;
import org.amuratlas.geo.MapWords;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.NumberText;
import org.amuratlas.model.PlaceKind;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.read.Place;
import org.amuratlas.read.Project;
import org.amuratlas.read.Theme;

/**
 * Puts places and projects on the border map, for the home, theme, place and project pages, in the reader's
 * language: place labels in its script (the place table's Russian and Chinese names), the map's own words and the
 * kinds' names from the message bundle. Every project with a place that is a point is drawn: fixed links on land
 * as numbered lines, everything else (and a link with one place in the frame) as squares at its places. A project
 * whose places are only whole regions or countries is drawn on its own page, its regions hatched (their outlines are
 * the places' {@code outline} codes); overviews name such projects beside the map.
 */
@ApplicationScoped
public class MapViews {

    /** Places that are areas, not points: never joined by a line, never marked. */
    private static final Set<PlaceKind> AREAS = EnumSet.of(PlaceKind.REGION, PlaceKind.COUNTRY, PlaceKind.RIVER);

    /**
     * Projects drawn as lines: fixed links on land. Sea and air routes and corridors are drawn at their ports, as
     * lines between ports would cross land and mislead.
     */
    private static final Set<ProjectKind> LINES = EnumSet.of(ProjectKind.PIPELINE, ProjectKind.BRIDGE,
            ProjectKind.RAILWAY, ProjectKind.ROAD, ProjectKind.TRANSMISSION_LINE, ProjectKind.CABLE);

    @Inject
    BorderMap map;

    @Inject
    ReaderLanguage reader;

    /** The whole border region with every project. */
    public MapView home(List<Project> projects) {
        AtlasMessages msg = messages(reader.get());
        return view("map-home", msg.map_home_title(), projects, null, Optional.empty(), false);
    }

    /** The whole border region with a theme's projects. */
    public MapView theme(Theme theme) {
        AtlasMessages msg = messages(reader.get());
        return view("map-" + theme.slug(), msg.map_theme_title(theme.title().text()), theme.projects(), null,
                Optional.empty(), false);
    }

    /**
     * A close-up around one place, with the projects at it; a region or country with an outline is framed and
     * hatched whole (its projects across whole regions are named beside the map).
     */
    public MapView around(Place place) {
        String name = name(place, reader.get());
        GeoBox outline = outlineBox(List.of(place));
        if (outline == null) {
            return view("map-" + place.slug(), name, place.projects(), place,
                    Optional.of(GeoBox.around(place.latitude(), place.longitude(), 3)), false);
        }
        MapArea itself = new MapArea(name, null, "", name, List.of(new MapArea.Region(name, place.outline())));
        return view("map-" + place.slug(), name, place.projects(), place, Optional.of(outline), false,
                List.of(itself));
    }

    /** The frame for the places' outlines (see {@link #areaFrame}), or null when none reaches into the region. */
    private GeoBox outlineBox(List<Place> places) {
        List<double[]> parts = new ArrayList<>();
        for (Place place : places) {
            for (String code : place.outline()) {
                map.data().feature(code).ifPresent(f -> parts.addAll(f.parts()));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        GeoBox outline = GeoBox.enclosing(parts);
        return GeoBox.REGION.intersects(outline) ? areaFrame(outline) : null;
    }

    /**
     * A close-up of one project's places inside the region (its places beyond it are named, not drawn); for a project
     * whose places are only whole regions, the regions it spans, hatched; {@code null} when it has nothing in the
     * region to draw.
     */
    public MapView project(Project project) {
        List<double[]> coords = new ArrayList<>();
        for (Place place : project.places()) {
            if (!AREAS.contains(place.kind()) && GeoBox.REGION.contains(place.latitude(), place.longitude())) {
                coords.add(new double[] {place.longitude(), place.latitude()});
            }
        }
        AtlasMessages msg = messages(reader.get());
        if (!coords.isEmpty()) {
            return view("map-" + project.slug(), msg.map_project_title(project.name().text()), List.of(project), null,
                    Optional.of(closeUp(GeoBox.enclosing(coords))), false);
        }
        GeoBox outline = outlineBox(project.places());
        if (outline == null) {
            return null;
        }
        return view("map-" + project.slug(), msg.map_project_areas_title(project.name().text()), List.of(project),
                null, Optional.of(outline), true);
    }

    /**
     * The frame for regions: their part of the whole region's box, as a close-up, kept inside that box (outside it the
     * shipped outline ends); the whole region's box when the close-up would not fit in it.
     */
    static GeoBox areaFrame(GeoBox regions) {
        GeoBox whole = GeoBox.REGION;
        GeoBox part = new GeoBox(Math.max(regions.minLon(), whole.minLon()), Math.max(regions.minLat(), whole.minLat()),
                Math.min(regions.maxLon(), whole.maxLon()), Math.min(regions.maxLat(), whole.maxLat()));
        GeoBox c = closeUp(part);
        double w = c.maxLon() - c.minLon(), h = c.maxLat() - c.minLat();
        if (w >= whole.maxLon() - whole.minLon() || h >= whole.maxLat() - whole.minLat()) {
            return whole;
        }
        double dx = Math.max(0, whole.minLon() - c.minLon()) - Math.max(0, c.maxLon() - whole.maxLon());
        double dy = Math.max(0, whole.minLat() - c.minLat()) - Math.max(0, c.maxLat() - whole.maxLat());
        return new GeoBox(c.minLon() + dx, c.minLat() + dy, c.maxLon() + dx, c.maxLat() + dy);
    }

    /** The places' box with a margin, at least ±1.5° of latitude, widened to a 4:3 landscape frame. */
    static GeoBox closeUp(GeoBox places) {
        double lat = places.centreLat();
        double lon = (places.minLon() + places.maxLon()) / 2;
        double cos = Math.cos(Math.toRadians(lat));
        double halfLat = Math.max(1.5, (places.maxLat() - places.minLat()) / 2 * 1.3);
        double halfLon = Math.max(halfLat * 4 / 3 / cos, (places.maxLon() - places.minLon()) / 2 * 1.3);
        halfLat = Math.max(halfLat, halfLon * cos * 3 / 4);
        return new GeoBox(lon - halfLon, Math.max(lat - halfLat, -80), lon + halfLon, Math.min(lat + halfLat, 80));
    }

    private MapView view(String id, String title, List<Project> projects, Place focus, Optional<GeoBox> frame,
            boolean shadeRegions) {
        return view(id, title, projects, focus, frame, shadeRegions, List.of());
    }

    /**
     * @param shadeRegions whether projects across whole regions are hatched (one project's map) or only named
     * @param outlined areas hatched beneath the projects (a region's own page shows the region)
     */
    private MapView view(String id, String title, List<Project> projects, Place focus, Optional<GeoBox> frame,
            boolean shadeRegions, List<MapArea> outlined) {
        Language language = reader.get();
        AtlasMessages msg = messages(language);
        MapWords words = new LocalizedMapWords(msg, NumberText.of(language));
        List<MapPoint> points = points(projects, focus, language);
        List<MapLine> lines = new ArrayList<>();
        List<MapSite> sites = new ArrayList<>();
        List<MapArea> areas = new ArrayList<>(outlined);
        List<MapView.Item> regionWide = new ArrayList<>();
        for (Project project : projects.stream().sorted(Comparator.comparingInt(MapViews::buildRank)).toList()) {
            List<MapPoint> at = project.places().stream().filter(pl -> !AREAS.contains(pl.kind()))
                    .map(pl -> point(pl, language)).toList();
            String href = PageLinks.to(language, "/projects/" + project.slug());
            String kindLabel = msg.kind(project.kind());
            if (project.places().isEmpty()) {
                continue; // nowhere in particular: nothing to draw or to name
            }
            if (at.isEmpty() && shadeRegions) {
                areas.add(new MapArea(project.name().text(), href, project.kind().name(), kindLabel,
                        project.places().stream().filter(pl -> !pl.outline().isEmpty())
                                .map(pl -> new MapArea.Region(name(pl, language), pl.outline())).toList()));
                continue;
            }
            if (at.isEmpty()) {
                // only whole regions or countries: hatched together on an overview they would cover one another and
                // the places, and a mark at a region's label point would read as a site there, so the list beside
                // the map names them (each is drawn on its own page)
                regionWide.add(new MapView.Item(0, project.name().text(), href, kindLabel, null, String.join(
                        msg.list_sep(), project.places().stream().map(pl -> name(pl, language)).toList())));
                continue;
            }
            if (LINES.contains(project.kind())) {
                // a region or country beyond the whole map (Siberia, Poland) is named as where the line goes on
                List<MapPoint> through = project.places().stream()
                        .filter(pl -> !AREAS.contains(pl.kind())
                                || pl.kind() == PlaceKind.REGION && !GeoBox.REGION.contains(pl.latitude(), pl.longitude()))
                        .map(pl -> point(pl, language)).toList();
                lines.add(new MapLine(project.name().text(), through, href, project.kind().name(), kindLabel));
            } else {
                sites.add(new MapSite(project.name().text(), at, href, project.kind().name(), kindLabel));
            }
        }
        DrawnMap wide = map.draw(id, title, points, lines, sites, areas, frame, words, false);
        DrawnMap compact = map.draw(id + "-compact", title, points, lines, sites, areas, frame, words, true);
        String sep = msg.list_sep();
        List<MapView.Item> lineItems = wide.lines().stream().map(l -> new MapView.Item(l.number(), l.label(), l.href(),
                l.kindLabel(), l.colour(), where(msg, String.join(" – ", l.places()), l.offMap()))).toList();
        List<MapView.Item> siteItems = wide.sites().stream().map(s -> new MapView.Item(0, s.label(), s.href(),
                s.kindLabel(), s.colour(), where(msg, String.join(sep, s.places()), s.offMap()))).toList();
        // projects across regions are listed; a region's own outline (no kind) is the page's subject, not an item
        List<MapView.Item> areaItems = wide.areas().stream().filter(a -> !a.kind().isEmpty())
                .map(a -> new MapView.Item(0, a.label(), a.href(),
                a.kindLabel(), a.colour(), where(msg, String.join(sep, a.regions()), a.offMap()))).toList();
        return new MapView(wide.svg(), compact.svg(), lineItems, siteItems, areaItems, wide.places(), regionWide);
    }

    private static String where(AtlasMessages msg, String places, List<String> offMap) {
        return offMap.isEmpty() ? places : places + " " + msg.map_continues(String.join(msg.list_sep(), offMap));
    }

    private static AtlasMessages messages(Language language) {
        return MessageBundles.get(AtlasMessages.class, Localized.Literal.of(language.code));
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

    /** Built links first, plans last, so the lines built are numbered first. */
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
