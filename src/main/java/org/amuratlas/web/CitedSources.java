package org.amuratlas.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amuratlas.model.Challenge;
import org.amuratlas.model.Citation;
import org.amuratlas.model.Event;
import org.amuratlas.model.KeyFigure;
import org.amuratlas.model.Perspective;
import org.amuratlas.model.Project;
import org.amuratlas.model.Recommendation;
import org.amuratlas.model.Series;
import org.amuratlas.model.Source;

/** The distinct sources behind the records shown on a page, for its "Sources" section. */
final class CitedSources {

    private CitedSources() {
    }

    static List<Source> of(List<KeyFigure> figures, List<Series> series, List<Project> projects, List<Event> events,
            List<Challenge> challenges, List<Recommendation> recommendations, List<Perspective> perspectives) {
        Set<Source> sources = new LinkedHashSet<>();
        figures.forEach(f -> add(sources, f.citations));
        series.forEach(s -> add(sources, s.citations));
        projects.forEach(p -> add(sources, p.citations));
        events.forEach(e -> add(sources, e.citations));
        challenges.forEach(c -> add(sources, c.citations));
        recommendations.forEach(r -> add(sources, r.citations));
        perspectives.forEach(p -> add(sources, p.citations));
        return sources.stream().sorted(Comparator.comparing((Source s) -> s.publishedYear).reversed()).toList();
    }

    private static void add(Set<Source> sources, Collection<Citation> citations) {
        citations.forEach(c -> sources.add(c.source));
    }
}
