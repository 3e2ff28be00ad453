package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.amuratlas.model.Country;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.PageRequest;
import org.amuratlas.read.Place;
import org.amuratlas.read.Project;
import org.amuratlas.read.ProjectFilter;
import org.amuratlas.read.ProjectSort;
import org.amuratlas.read.ResultPage;
import org.amuratlas.read.Theme;

@Path("/projects")
public class ProjectPages {

    static final int PAGE_SIZE = 20;

    @Inject
    PageAtlas pages;

    /** The catalogue's filter form: the values the reader chose, echoed back, and the choices offered. */
    public record FilterForm(String theme, String status, String kind, String country, String place, String from,
            String to, String q, String sort, List<Theme> themes, List<Place> places) {

        public ProjectStatus[] statuses() {
            return ProjectStatus.values();
        }

        public ProjectKind[] kinds() {
            return ProjectKind.values();
        }

        public Country[] countries() {
            return new Country[] {Country.CN, Country.RU};
        }

        public ProjectSort[] sorts() {
            return ProjectSort.values();
        }

        /** The query string for the same filter at another offset (for the pager links). */
        public String queryAt(int offset) {
            List<String> parts = new ArrayList<>();
            add(parts, "theme", theme);
            add(parts, "status", status);
            add(parts, "kind", kind);
            add(parts, "country", country);
            add(parts, "place", place);
            add(parts, "from", from);
            add(parts, "to", to);
            add(parts, "q", q);
            add(parts, "sort", sort);
            if (offset > 0) {
                parts.add("offset=" + offset);
            }
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }

        private static void add(List<String> parts, String name, String value) {
            if (value != null && !value.isBlank()) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(ResultPage<Project> page, FilterForm form);

        static native TemplateInstance project(Project project);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance catalogue(@QueryParam("theme") String theme, @QueryParam("status") String status,
            @QueryParam("kind") String kind, @QueryParam("country") String country, @QueryParam("place") String place,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("offset") String offset) {
        Atlas atlas = pages.current();
        ProjectFilter filter = new ProjectFilter(
                existing(QueryParams.slug("theme", theme), atlas::theme, "theme"),
                QueryParams.enumValue("status", status, ProjectStatus.class),
                QueryParams.enumValue("kind", kind, ProjectKind.class),
                QueryParams.enumValue("country", country, Country.class),
                existing(QueryParams.slug("place", place), atlas::place, "place"),
                QueryParams.integer("from", from, -3000, 3000),
                QueryParams.integer("to", to, -3000, 3000),
                QueryParams.phrase("q", q));
        ProjectSort order = QueryParams.enumValue("sort", sort, ProjectSort.class);
        Integer start = QueryParams.integer("offset", offset, 0, 100_000);
        ResultPage<Project> page = atlas.catalogue(filter, order == null ? ProjectSort.NAME : order,
                new PageRequest(start == null ? 0 : start, PAGE_SIZE));
        FilterForm form = new FilterForm(theme, status, kind, country, place, from, to, q, sort, atlas.themes(),
                atlas.places());
        return Templates.catalogue(page, form);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance project(@PathParam("slug") String slug) {
        return Templates.project(pages.current().project(slug).orElseThrow(NotFoundException::new));
    }

    /** A filter on a record that does not exist is the reader's mistake, said in a 400 page. */
    private static String existing(String slug, Function<String, Optional<?>> find, String name) {
        if (slug != null && find.apply(slug).isEmpty()) {
            throw BadParameter.unknown(name, slug);
        }
        return slug;
    }
}
