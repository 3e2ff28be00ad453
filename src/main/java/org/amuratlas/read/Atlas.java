package org.amuratlas.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amuratlas.model.Country;

/**
 * The whole atlas as readers of one language see it: every record with its relations already in place, immutable,
 * built once at start ({@link Reads}). Both faces read it and nothing else: the pages and the GraphQL API list the
 * same records in the same order because they walk the same lists.
 */
public final class Atlas {

    /** Search returns at most this many records of each kind. */
    public static final int MAX_HITS_PER_TYPE = 50;

    private final Language language;
    private final Records<Theme> themes;
    private final Records<Project> projects;
    private final Map<ProjectSort, List<Project>> projectsBySort;
    private final Records<Place> places;
    private final List<Place> placesByRegion;
    private final Records<Event> events;
    private final Records<Actor> actors;
    private final Records<Source> sources;
    private final List<KeyFigure> figures;
    private final List<KeyFigure> featuredFigures;
    private final List<Challenge> challenges;
    private final List<Recommendation> recommendations;
    private final List<Perspective> perspectives;
    private final Records<Series> series;
    private final List<SearchEntry> searchIndex;

    /** A record and the texts search looks in (each in all three languages). */
    record SearchEntry(AtlasRecord record, List<LocalizedText> texts) {
    }

    Atlas(Language language, Records<Theme> themes, Records<Project> projects, Records<Place> places,
            Records<Event> events, Records<Actor> actors, Records<Source> sources, List<KeyFigure> figures,
            List<Challenge> challenges, List<Recommendation> recommendations, List<Perspective> perspectives,
            Records<Series> series, Orders orders, List<AtlasRecord> searchable) {
        this.language = language;
        this.themes = themes;
        this.projects = projects;
        this.places = places;
        this.events = events;
        this.actors = actors;
        this.sources = sources;
        this.figures = figures;
        this.challenges = challenges;
        this.recommendations = recommendations;
        this.perspectives = perspectives;
        this.series = series;
        Map<ProjectSort, List<Project>> sorted = new EnumMap<>(ProjectSort.class);
        for (ProjectSort sort : ProjectSort.values()) {
            sorted.put(sort, projects.all().stream().sorted(sort.comparator(orders.projects)).toList());
        }
        projectsBySort = sorted;
        placesByRegion = places.all().stream().sorted(orders.placesByRegion).toList();
        featuredFigures = figures.stream().filter(KeyFigure::featured).sorted(Orders.FIGURES).toList();
        searchIndex = searchable.stream().map(r -> new SearchEntry(r, r.searchTexts())).toList();
    }

    public Language language() {
        return language;
    }

    // --- themes

    /** In display order. */
    public List<Theme> themes() {
        return themes.all();
    }

    public Optional<Theme> theme(String slug) {
        return themes.find(slug);
    }

    // --- projects

    /** By name. */
    public List<Project> projects() {
        return projects.all();
    }

    public Optional<Project> project(String slug) {
        return projects.find(slug);
    }

    /** The whole catalogue: every project matching the filter, sorted (the "show all" view and the CSV). */
    public List<Project> catalogue(ProjectFilter filter, ProjectSort sort) {
        List<Project> sorted = projectsBySort.get(sort);
        return filter == ProjectFilter.NONE ? sorted : sorted.stream().filter(filter::accepts).toList();
    }

    /** The catalogue: projects matching the filter, sorted and paged. */
    public ResultPage<Project> catalogue(ProjectFilter filter, ProjectSort sort, PageRequest page) {
        List<Project> sorted = projectsBySort.get(sort);
        return ResultPage.of(filter == ProjectFilter.NONE ? sorted : sorted.stream().filter(filter::accepts).toList(),
                page);
    }

    // --- places

    /** By name. */
    public List<Place> places() {
        return places.all();
    }

    /** By country, region, then name (the places index). */
    public List<Place> placesByRegion() {
        return placesByRegion;
    }

    /** By name, in one country (or all if null). */
    public List<Place> places(Country country) {
        return country == null ? places.all() : places.all().stream().filter(p -> p.country() == country).toList();
    }

    public Optional<Place> place(String slug) {
        return places.find(slug);
    }

    // --- events

    /** The whole timeline, in date order. */
    public List<Event> events() {
        return events.all();
    }

    public Optional<Event> event(String slug) {
        return events.find(slug);
    }

    /**
     * A slice of the timeline, in date order.
     *
     * @param themeSlug only the events of this theme (none if no such theme); null for all
     * @param fromYear first year, or null
     * @param toYear last year, or null
     */
    public List<Event> timeline(String themeSlug, Integer fromYear, Integer toYear) {
        List<Event> scope = themeSlug == null ? events.all() : theme(themeSlug).map(Theme::events).orElse(List.of());
        if (fromYear == null && toYear == null) {
            return scope;
        }
        return scope.stream().filter(e -> (fromYear == null || e.sortYear() >= fromYear)
                && (toYear == null || e.sortYear() <= toYear)).toList();
    }

    /** The most recent dated events, latest first. */
    public List<Event> latestEvents(int count) {
        List<Event> latest = new ArrayList<>();
        List<Event> all = events.all();
        for (int i = all.size() - 1; i >= 0 && latest.size() < count; i--) {
            if (all.get(i).isoDate() != null) {
                latest.add(all.get(i));
            }
        }
        return List.copyOf(latest);
    }

    // --- actors, sources, series

    /** By name. */
    public List<Actor> actors() {
        return actors.all();
    }

    public Optional<Actor> actor(String slug) {
        return actors.find(slug);
    }

    /** Newest first. */
    public List<Source> sources() {
        return sources.all();
    }

    public Optional<Source> source(String slug) {
        return sources.find(slug);
    }

    /** In display order. */
    public List<Series> series() {
        return series.all();
    }

    public Optional<Series> series(String slug) {
        return series.find(slug);
    }

    // --- the theme-scoped lists: one theme's (none if no such theme), or all of them if themeSlug is null

    /** By theme, then display order. */
    public List<KeyFigure> keyFigures(String themeSlug) {
        return themeSlug == null ? figures : theme(themeSlug).map(Theme::figures).orElse(List.of());
    }

    /** The headline figures of the home page, in display order. */
    public List<KeyFigure> featuredFigures() {
        return featuredFigures;
    }

    public List<Challenge> challenges(String themeSlug) {
        return themeSlug == null ? challenges : theme(themeSlug).map(Theme::challenges).orElse(List.of());
    }

    public List<Recommendation> recommendations(String themeSlug) {
        return themeSlug == null ? recommendations : theme(themeSlug).map(Theme::recommendations).orElse(List.of());
    }

    public List<Perspective> perspectives(String themeSlug) {
        return themeSlug == null ? perspectives : theme(themeSlug).map(Theme::perspectives).orElse(List.of());
    }

    // --- search

    /**
     * Records whose texts contain the phrase in any of the three languages, grouped by kind of record
     * ({@link RecordType} order), by title within a kind, at most {@link #MAX_HITS_PER_TYPE} of each kind. Each hit
     * carries the first text it matched, in the reader's language where that matched.
     */
    public List<SearchHit> search(Phrase phrase) {
        List<SearchHit> hits = new ArrayList<>();
        RecordType type = null;
        int ofType = 0;
        for (SearchEntry entry : searchIndex) {
            if (entry.record().type() != type) {
                type = entry.record().type();
                ofType = 0;
            }
            if (ofType == MAX_HITS_PER_TYPE) {
                continue;
            }
            for (LocalizedText text : entry.texts()) {
                String matched = text.variantContaining(phrase);
                if (matched != null) {
                    hits.add(new SearchHit(entry.record(), matched));
                    ofType++;
                    break;
                }
            }
        }
        return hits;
    }
}
