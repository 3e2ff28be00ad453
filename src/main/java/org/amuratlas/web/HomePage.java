package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Event;
import org.amuratlas.read.KeyFigure;
import org.amuratlas.read.Series;
import org.amuratlas.read.Theme;

@Path("/")
public class HomePage {

    @Inject
    PageAtlas pages;

    @Inject
    MapViews maps;

    /** Counts shown in the introduction. */
    public record Totals(int projects, int places, int events, int sources) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Theme> themes, List<KeyFigure> figures, List<Event> latestEvents,
                List<Series> series, Totals totals, MapView map);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        Atlas atlas = pages.current();
        Totals totals = new Totals(atlas.projects().size(), atlas.places().size(), atlas.events().size(),
                atlas.sources().size());
        return Templates.home(atlas.themes(), atlas.featuredFigures(), atlas.latestEvents(6), atlas.series(), totals,
                maps.home(atlas.projects()));
    }
}
