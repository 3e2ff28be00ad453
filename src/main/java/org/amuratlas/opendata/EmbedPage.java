package org.amuratlas.opendata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amuratlas.read.Series;

/**
 * {@code /embed/data/{slug}}: a series' charts on a page of their own, for other sites to frame. Its
 * Content-Security-Policy allows any site to frame it ({@code frame-ancestors *}, application.properties); every
 * other page of the atlas refuses to be framed.
 */
@Path("/embed/data")
public class EmbedPage {

    @Inject
    SeriesFigures figures;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance embed(Series series, List<String> charts, String sourceLine,
                String licenceLine, String permanentUrl);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance embed(@PathParam("slug") String slug) {
        Series series = figures.chartedSeries(slug);
        return Templates.embed(series, figures.charts(series), figures.sourceLine(series), figures.licenceLine(),
                figures.permanentUrl(series));
    }
}
