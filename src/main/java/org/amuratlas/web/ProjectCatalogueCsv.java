package org.amuratlas.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Project;

/**
 * The catalogue as CSV: the projects the same filter finds on {@code /projects}, in the same order, all of them, one
 * row each, in the reader's language. Headline figures keep their qualifier ("more_than") in a column of its own.
 */
@Path("/projects.csv")
public class ProjectCatalogueCsv {

    static final String HEADER = "slug,name,kind,status,status_as_of,start_year,completion_year,dated,"
            + "figure_qualifier,figure,figure_unit,themes,places";

    @Inject
    PageAtlas pages;

    @GET
    @Produces("text/csv")
    public Response csv(@QueryParam("theme") String theme, @QueryParam("status") String status,
            @QueryParam("kind") String kind, @QueryParam("country") String country, @QueryParam("place") String place,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("undated") String undated) {
        Atlas atlas = pages.current();
        ProjectPages.Query query = ProjectPages.Query.of(atlas, theme, status, kind, country, place, from, to, q, sort,
                undated);
        return Response.ok(write(atlas.catalogue(query.filter(), query.sort())), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"projects.csv\"").build();
    }

    static String write(List<Project> projects) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Project p : projects) {
            csv.append(String.join(",", p.slug(), SeriesCsv.cell(p.name().text()), key(p.kind()), key(p.status()),
                    p.statusAsOf() == null ? "" : SeriesCsv.cell(p.statusAsOf().text()),
                    p.startYear() == null ? "" : p.startYear().toString(),
                    p.completionYear() == null ? "" : p.completionYear().toString(),
                    p.startYear() == null && p.completionYear() == null ? "false" : "true",
                    p.capacity() == null || p.capacityQualifier() == null ? "" : key(p.capacityQualifier()),
                    p.capacity() == null ? "" : p.capacity().stripTrailingZeros().toPlainString(),
                    p.capacityUnit() == null ? "" : SeriesCsv.cell(p.capacityUnit().text()),
                    SeriesCsv.cell(p.themes().stream().map(t -> t.slug()).collect(Collectors.joining(" "))),
                    SeriesCsv.cell(p.places().stream().map(pl -> pl.slug()).collect(Collectors.joining(" ")))));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
