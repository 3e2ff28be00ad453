package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amuratlas.model.Event;
import org.amuratlas.model.KeyFigure;
import org.amuratlas.model.PageRequest;
import org.amuratlas.model.Place;
import org.amuratlas.model.Project;
import org.amuratlas.model.ProjectCatalog;
import org.amuratlas.model.ProjectFilter;
import org.amuratlas.model.ProjectSort;
import org.amuratlas.model.Series;
import org.amuratlas.model.Source;
import org.amuratlas.model.Theme;

@Path("/")
public class HomePage {

    @Inject
    ProjectCatalog catalog;

    @Inject
    MapViews maps;

    /** Counts shown in the introduction. */
    public record Totals(long projects, long places, long events, long sources) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Theme> themes, List<KeyFigure> figures, List<Event> latestEvents,
                List<Series> series, Totals totals, String map);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        Totals totals = new Totals(Project.count(), Place.count(), Event.count(), Source.count());
        List<Project> projects = catalog.search(ProjectFilter.NONE, ProjectSort.NAME,
                PageRequest.firstPage(PageRequest.MAX_LIMIT)).items();
        return Templates.home(Theme.listInOrder(), KeyFigure.listFeatured(), Event.listLatest(6), Series.listInOrder(),
                totals, maps.region("map-home", "Places and cross-border links named in the sources", projects));
    }
}
