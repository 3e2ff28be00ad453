package org.amuratlas.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns the loaded entities into one language's {@link Atlas}: first every record with its texts, then every
 * relation, each in the one order {@link Orders} defines for it. The reverse relations (a place's projects, a theme's
 * events, a source's citing records) are derived from the owning side here, so they cannot disagree with it.
 */
final class AtlasBuilder {

    private final Dataset data;
    private final Translations translations;
    private final Language language;
    private final Orders orders;

    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Map<String, Perspective> perspectives = new LinkedHashMap<>();
    private final Map<String, Challenge> challenges = new LinkedHashMap<>();
    private final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
    private final Map<String, KeyFigure> figures = new LinkedHashMap<>();
    private final Map<String, Series> series = new LinkedHashMap<>();

    private AtlasBuilder(Dataset data, Translations translations, Language language) {
        this.data = data;
        this.translations = translations;
        this.language = language;
        this.orders = new Orders(language);
    }

    static Atlas build(Dataset data, Translations translations, Language language) {
        return new AtlasBuilder(data, translations, language).build();
    }

    private Atlas build() {
        createRecords();
        linkOwnedRelations();
        linkReverseRelations();
        List<AtlasRecord> searchable = Stream.of(projects, events, places, actors, perspectives, challenges,
                recommendations, figures, series, sources, themes)
                .<AtlasRecord>flatMap(records -> records.values().stream())
                .sorted(Comparator.comparing(AtlasRecord::type).thenComparing(orders.byTitle))
                .toList();
        return new Atlas(language,
                records(themes, Orders.THEMES), records(projects, orders.projects), records(places, orders.places),
                records(events, Orders.CHRONOLOGICAL), records(actors, orders.actors),
                records(sources, Orders.SOURCES), sorted(figures.values(), Orders.ALL_FIGURES),
                sorted(challenges.values(), Orders.CHALLENGES),
                sorted(recommendations.values(), Orders.RECOMMENDATIONS),
                sorted(perspectives.values(), Orders.PERSPECTIVES), records(series, Orders.SERIES), orders,
                searchable);
    }

    private void createRecords() {
        data.themes().forEach(e -> themes.put(e.slug, new Theme(e, texts(RecordType.THEME, e.slug))));
        data.sources().forEach(e -> sources.put(e.slug, new Source(e, texts(RecordType.SOURCE, e.slug))));
        data.places().forEach(e -> places.put(e.slug, new Place(e, texts(RecordType.PLACE, e.slug), language)));
        data.actors().forEach(e -> actors.put(e.slug, new Actor(e, texts(RecordType.ACTOR, e.slug))));
        data.projects().forEach(e -> projects.put(e.slug, new Project(e, texts(RecordType.PROJECT, e.slug))));
        data.events().forEach(e -> events.put(e.slug, new Event(e, texts(RecordType.EVENT, e.slug))));
        data.perspectives().forEach(e -> perspectives.put(e.slug,
                new Perspective(e, texts(RecordType.PERSPECTIVE, e.slug), actors.get(e.actor.slug))));
        data.challenges().forEach(e -> challenges.put(e.slug,
                new Challenge(e, texts(RecordType.CHALLENGE, e.slug))));
        data.recommendations().forEach(e -> recommendations.put(e.slug,
                new Recommendation(e, texts(RecordType.RECOMMENDATION, e.slug), actors.get(e.proposedBy.slug))));
        data.keyFigures().forEach(e -> figures.put(e.slug, new KeyFigure(e, texts(RecordType.KEY_FIGURE, e.slug),
                themes.get(e.theme.slug), e.project == null ? null : projects.get(e.project.slug),
                e.place == null ? null : places.get(e.place.slug))));
        data.series().forEach(e -> series.put(e.slug, new Series(e, texts(RecordType.SERIES, e.slug),
                themes.get(e.theme.slug), measures(e), observations(e))));
    }

    private void linkOwnedRelations() {
        for (org.amuratlas.model.Project e : data.projects()) {
            Project project = projects.get(e.slug);
            project.themes = sorted(map(e.themes, t -> themes.get(t.slug)), Orders.THEMES);
            project.places = map(e.places, p -> places.get(p.slug)); // route order is data: project_place.seq
            project.citations = cite(e.citations);
        }
        for (org.amuratlas.model.Event e : data.events()) {
            Event event = events.get(e.slug);
            event.themes = sorted(map(e.themes, t -> themes.get(t.slug)), Orders.THEMES);
            event.places = sorted(map(e.places, p -> places.get(p.slug)), orders.places);
            event.projects = sorted(map(e.projects, p -> projects.get(p.slug)), orders.projects);
            event.actors = sorted(map(e.actors, a -> actors.get(a.slug)), orders.actors);
            event.citations = cite(e.citations);
        }
        for (org.amuratlas.model.Perspective e : data.perspectives()) {
            Perspective perspective = perspectives.get(e.slug);
            perspective.themes = sorted(map(e.themes, t -> themes.get(t.slug)), Orders.THEMES);
            perspective.citations = cite(e.citations);
        }
        for (org.amuratlas.model.Challenge e : data.challenges()) {
            Challenge challenge = challenges.get(e.slug);
            challenge.themes = sorted(map(e.themes, t -> themes.get(t.slug)), Orders.THEMES);
            challenge.citations = cite(e.citations);
        }
        for (org.amuratlas.model.Recommendation e : data.recommendations()) {
            Recommendation recommendation = recommendations.get(e.slug);
            recommendation.themes = sorted(map(e.themes, t -> themes.get(t.slug)), Orders.THEMES);
            recommendation.citations = cite(e.citations);
        }
        data.places().forEach(e -> places.get(e.slug).citations = cite(e.citations));
        data.actors().forEach(e -> actors.get(e.slug).citations = cite(e.citations));
        data.keyFigures().forEach(e -> figures.get(e.slug).citations = cite(e.citations));
        data.series().forEach(e -> series.get(e.slug).citations = cite(e.citations));
    }

    private void linkReverseRelations() {
        Map<Theme, List<Project>> projectsOfTheme = reverse(projects.values(), Project::themes);
        Map<Theme, List<Event>> eventsOfTheme = reverse(events.values(), Event::themes);
        Map<Theme, List<Challenge>> challengesOfTheme = reverse(challenges.values(), Challenge::themes);
        Map<Theme, List<Recommendation>> recommendationsOfTheme = reverse(recommendations.values(),
                Recommendation::themes);
        Map<Theme, List<Perspective>> perspectivesOfTheme = reverse(perspectives.values(), Perspective::themes);
        Map<Theme, List<KeyFigure>> figuresOfTheme = reverse(figures.values(), f -> List.of(f.theme()));
        Map<Theme, List<Series>> seriesOfTheme = reverse(series.values(), s -> List.of(s.theme()));
        for (Theme theme : themes.values()) {
            theme.projects = sorted(projectsOfTheme.get(theme), orders.projects);
            theme.events = sorted(eventsOfTheme.get(theme), Orders.CHRONOLOGICAL);
            theme.challenges = sorted(challengesOfTheme.get(theme), Orders.CHALLENGES);
            theme.recommendations = sorted(recommendationsOfTheme.get(theme), Orders.RECOMMENDATIONS);
            theme.perspectives = sorted(perspectivesOfTheme.get(theme), Orders.PERSPECTIVES);
            theme.figures = sorted(figuresOfTheme.get(theme), Orders.FIGURES);
            theme.series = sorted(seriesOfTheme.get(theme), Orders.SERIES);
            theme.sources = sorted(sourcesBehind(theme), Orders.SOURCES);
        }

        Map<Project, List<Event>> eventsOfProject = reverse(events.values(), Event::projects);
        Map<Project, List<KeyFigure>> figuresOfProject = reverse(figures.values(), f -> optional(f.project()));
        for (Project project : projects.values()) {
            project.events = sorted(eventsOfProject.get(project), Orders.CHRONOLOGICAL);
            project.figures = sorted(figuresOfProject.get(project), Orders.FIGURES);
        }

        Map<Place, List<Project>> projectsOfPlace = reverse(projects.values(), Project::places);
        Map<Place, List<Event>> eventsOfPlace = reverse(events.values(), Event::places);
        Map<Place, List<KeyFigure>> figuresOfPlace = reverse(figures.values(), f -> optional(f.place()));
        for (Place place : places.values()) {
            place.projects = sorted(projectsOfPlace.get(place), orders.projects);
            place.events = sorted(eventsOfPlace.get(place), Orders.CHRONOLOGICAL);
            place.figures = sorted(figuresOfPlace.get(place), Orders.FIGURES);
        }

        Map<Actor, List<Event>> eventsOfActor = reverse(events.values(), Event::actors);
        Map<Actor, List<Perspective>> perspectivesOfActor = reverse(perspectives.values(), p -> List.of(p.actor()));
        for (Actor actor : actors.values()) {
            actor.events = sorted(eventsOfActor.get(actor), Orders.CHRONOLOGICAL);
            actor.perspectives = sorted(perspectivesOfActor.get(actor), Orders.PERSPECTIVES);
        }

        Map<Source, List<CitedRecord>> citing = new IdentityHashMap<>();
        Stream.of(projects, events, places, actors, perspectives, challenges, recommendations, figures, series)
                .<AtlasRecord>flatMap(records -> records.values().stream())
                .forEach(record -> record.citations().forEach(citation -> citing
                        .computeIfAbsent(citation.source(), s -> new ArrayList<>())
                        .add(new CitedRecord(record, citation.locator()))));
        sources.values().forEach(source -> source.citedBy = sorted(citing.get(source), orders.citedRecords));
    }

    /** The distinct sources of everything a theme page shows. */
    private static Set<Source> sourcesBehind(Theme theme) {
        Set<Source> behind = new LinkedHashSet<>();
        Stream.of(theme.figures, theme.series, theme.projects, theme.events, theme.challenges, theme.recommendations,
                theme.perspectives).flatMap(List::stream)
                .forEach(record -> record.citations().forEach(citation -> behind.add(citation.source())));
        return behind;
    }

    private List<Measure> measures(org.amuratlas.model.Series e) {
        return e.measures.stream().map(m -> {
            Translations.RecordTexts texts = translations.of(Measure.TABLE, e.slug + ":" + m.code, language);
            return new Measure(m.code, texts.get("label", m.label), texts.get("unit", m.unit),
                    texts.get("chart_group", m.chartGroup), texts.get("common_unit", m.commonUnit), m.toCommonUnit,
                    m.percent);
        }).toList();
    }

    private List<Observation> observations(org.amuratlas.model.Series e) {
        return e.observations.stream().map(o -> {
            Translations.RecordTexts texts = translations.of(Observation.TABLE,
                    e.slug + ":" + o.measureCode + ":" + o.periodYear, language);
            return new Observation(o.measureCode, o.periodYear, texts.get("period_label", o.periodLabel), o.value,
                    o.qualifier, texts.get("note", o.note));
        }).sorted(Orders.OBSERVATIONS).toList();
    }

    private List<Citation> cite(List<org.amuratlas.model.Citation> citations) {
        return map(citations, c -> new Citation(sources.get(c.source.slug), LocalizedText.english(c.locator)));
    }

    private Translations.RecordTexts texts(RecordType type, String slug) {
        return translations.of(type.table, slug, language);
    }

    private static <E, R> List<R> map(Collection<E> entities, Function<E, R> toRecord) {
        return entities.stream().map(toRecord).toList();
    }

    private static <T> List<T> sorted(Collection<T> records, Comparator<? super T> order) {
        return records == null ? List.of() : records.stream().sorted(order).toList();
    }

    private static <T extends AtlasRecord> Records<T> records(Map<String, T> bySlug, Comparator<? super T> order) {
        return new Records<>(sorted(bySlug.values(), order));
    }

    private static <T> List<T> optional(T record) {
        return record == null ? List.of() : List.of(record);
    }

    /** The other side of a relation: for each parent, the children that name it. */
    private static <C, P> Map<P, List<C>> reverse(Collection<C> children, Function<C, List<P>> parents) {
        Map<P, List<C>> reversed = new IdentityHashMap<>();
        for (C child : children) {
            for (P parent : parents.apply(child)) {
                reversed.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
            }
        }
        return reversed;
    }
}
