package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.amuratlas.i18n.NumberText;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.read.Series;

@Path("/data")
public class DataPages {

    @Inject
    PageAtlas pages;

    @Inject
    SeriesCharts charts;

    @Inject
    ReaderLanguage reader;

    @Inject
    Formats formats;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Series> series);

        static native TemplateInstance series(Series series, List<String> charts, SeriesTable table,
                SeriesComparison comparison);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(pages.current().series());
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance series(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Series series = find(slug);
        SeriesComparison comparison = SeriesComparison.of(series, from, to, NumberText.of(reader.get())).orElse(null);
        return Templates.series(series, charts.chartsFor(series), SeriesTable.of(series), comparison);
    }

    @GET
    @Path("/{slug}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug) {
        Series series = find(slug);
        return Response.ok(SeriesCsv.write(series), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + series.slug() + ".csv\"")
                .build();
    }

    @GET
    @Path("/{slug}.metadata.json")
    @Produces(MediaType.APPLICATION_JSON)
    public SeriesMetadata metadata(@PathParam("slug") String slug) {
        return SeriesMetadata.of(find(slug), formats.of(reader.get()));
    }

    private Series find(String slug) {
        return pages.current().series(slug).orElseThrow(NotFoundException::new);
    }
}
