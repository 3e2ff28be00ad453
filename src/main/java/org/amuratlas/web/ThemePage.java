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
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Series;
import org.amuratlas.read.Theme;

@Path("/themes")
public class ThemePage {

    @Inject
    PageAtlas pages;

    @Inject
    SeriesCharts charts;

    @Inject
    MapViews maps;

    /** A series with its charts drawn. */
    public record ChartedSeries(Series series, List<String> charts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance theme(Theme theme, List<Theme> themes, List<ChartedSeries> series, MapView map);

        static native TemplateInstance index(List<Theme> themes);
    }

    /** Every theme, in display order: where the menu's "Themes" leads. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(pages.current().themes());
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance theme(@PathParam("slug") String slug) {
        Atlas atlas = pages.current();
        Theme theme = atlas.theme(slug).orElseThrow(NotFoundException::new);
        return Templates.theme(theme, atlas.themes(),
                theme.series().stream().map(s -> new ChartedSeries(s, charts.chartsFor(s))).toList(),
                maps.theme(theme));
    }
}
