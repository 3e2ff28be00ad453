package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amuratlas.model.Challenge;
import org.amuratlas.model.Event;
import org.amuratlas.model.KeyFigure;
import org.amuratlas.model.PageRequest;
import org.amuratlas.model.Perspective;
import org.amuratlas.model.Project;
import org.amuratlas.model.ProjectCatalog;
import org.amuratlas.model.ProjectFilter;
import org.amuratlas.model.ProjectSort;
import org.amuratlas.model.Recommendation;
import org.amuratlas.model.Series;
import org.amuratlas.model.Source;
import org.amuratlas.model.Theme;

@Path("/themes")
public class ThemePage {

    @Inject
    ProjectCatalog catalog;

    @Inject
    SeriesCharts charts;

    @Inject
    MapViews maps;

    /** A series with its charts drawn. */
    public record ChartedSeries(Series series, List<String> charts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance theme(Theme theme, List<Theme> themes, List<KeyFigure> figures,
                List<ChartedSeries> series, List<Project> projects, List<Event> events, List<Challenge> challenges,
                List<Recommendation> recommendations, List<Perspective> perspectives, List<Source> sources,
                String map);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance theme(@PathParam("slug") String slug) {
        Theme theme = Theme.<Theme>findByIdOptional(slug).orElseThrow(NotFoundException::new);
        List<KeyFigure> figures = KeyFigure.listByTheme(slug);
        List<Series> series = Series.listByTheme(slug);
        List<Project> projects = catalog.search(ProjectFilter.byTheme(slug), ProjectSort.NAME,
                PageRequest.firstPage(PageRequest.MAX_LIMIT)).items();
        List<Event> events = Event.listByTheme(slug);
        List<Challenge> challenges = Challenge.listByTheme(slug);
        List<Recommendation> recommendations = Recommendation.listByTheme(slug);
        List<Perspective> perspectives = Perspective.listByTheme(slug);
        List<Source> sources = CitedSources.of(figures, series, projects, events, challenges, recommendations,
                perspectives);
        return Templates.theme(theme, Theme.listInOrder(), figures,
                series.stream().map(s -> new ChartedSeries(s, charts.chartsFor(s))).toList(), projects, events,
                challenges, recommendations, perspectives, sources,
                maps.region("map-" + slug, theme.title + ": places and links", projects));
    }
}
