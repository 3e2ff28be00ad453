package org.amuratlas.read;

import java.text.Collator;
import java.util.Comparator;

/**
 * Every order the atlas lists records in, written once for both faces. Names sort by the reader's language (its
 * collation: Russian alphabetically, Chinese by pinyin), with the slug to break ties, so each list has one order.
 */
final class Orders {

    /** Timeline order: year, then month and day where known (a year before its months), then slug. */
    static final Comparator<Event> CHRONOLOGICAL = Comparator.comparingInt(Event::sortYear)
            .thenComparingInt(e -> e.month() == null ? 0 : e.month())
            .thenComparingInt(e -> e.day() == null ? 0 : e.day())
            .thenComparing(Event::slug);

    static final Comparator<Theme> THEMES = Comparator.comparingInt(Theme::displayOrder);

    /** Within a theme, project or place; across themes, {@link #ALL_FIGURES}. */
    static final Comparator<KeyFigure> FIGURES = Comparator.comparingInt(KeyFigure::displayOrder)
            .thenComparing(KeyFigure::slug);

    static final Comparator<KeyFigure> ALL_FIGURES = Comparator.<KeyFigure, Theme>comparing(KeyFigure::theme, THEMES)
            .thenComparing(FIGURES);

    static final Comparator<Series> SERIES = Comparator.comparingInt(Series::displayOrder);

    /** Newest first. */
    static final Comparator<Source> SOURCES = Comparator.comparingInt(Source::publishedYear).reversed()
            .thenComparing(Source::slug);

    /** By category (in the order ChallengeCategory declares), then slug. */
    static final Comparator<Challenge> CHALLENGES = Comparator.comparing(Challenge::category)
            .thenComparing(Challenge::slug);

    static final Comparator<Recommendation> RECOMMENDATIONS = Comparator.comparing(Recommendation::slug);

    static final Comparator<Perspective> PERSPECTIVES = Comparator.comparing(Perspective::slug);

    static final Comparator<Observation> OBSERVATIONS = Comparator.comparingInt(Observation::periodYear)
            .thenComparing(Observation::measureCode);

    final Comparator<Project> projects;
    final Comparator<Place> places;
    final Comparator<Actor> actors;
    /** Places as the index lists them: by country, region, then name. */
    final Comparator<Place> placesByRegion;
    /** Any records by title (search results within a kind). */
    final Comparator<AtlasRecord> byTitle;
    /** "What a source supports": by kind of record, then title. */
    final Comparator<CitedRecord> citedRecords;

    Orders(Language language) {
        Collator collator = language.collator();
        Comparator<LocalizedText> text = Comparator.comparing(LocalizedText::text, collator);
        projects = Comparator.comparing(Project::name, text).thenComparing(Project::slug);
        places = Comparator.comparing(Place::name, text).thenComparing(Place::slug);
        actors = Comparator.comparing(Actor::name, text).thenComparing(Actor::slug);
        placesByRegion = Comparator.comparing(Place::country).thenComparing(Place::region, text).thenComparing(places);
        byTitle = Comparator.comparing(AtlasRecord::title, text).thenComparing(AtlasRecord::slug);
        citedRecords = Comparator.comparing(CitedRecord::type).thenComparing(CitedRecord::record, byTitle);
    }
}
