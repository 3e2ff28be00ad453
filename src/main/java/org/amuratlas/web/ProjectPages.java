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

    @Inject
    MapViews maps;

    /** The catalogue's filter form: the values the reader chose, echoed back, and the choices offered. */
    public record FilterForm(String theme, String status, String kind, String country, String place, String from,
            String to, String q, String sort, String undated, boolean all, List<Theme> themes, List<Place> places) {

        /** Whether the reader has chosen any filter (the form then stays unfolded). */
        public boolean filtered() {
            return queryAt(0, false).length() > 0;
        }

        /** The query string of this view with every project on one page. */
        public String allQuery() {
            String q = queryAt(0, false);
            return q.isEmpty() ? "?show=all" : q + "&show=all";
        }

        /** The query string of this filter for the CSV download (same filter, same order, every project). */
        public String csvQuery() {
            return queryAt(0, false);
        }

        /** The query string for the same filter at another offset (for the pager links). */
        public String queryAt(int offset) {
            String q = queryAt(offset, all);
            return q;
        }

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

        private String queryAt(int offset, boolean showAll) {
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
            add(parts, "undated", undated);
            if (showAll) {
                parts.add("show=all");
            }
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
        static native TemplateInstance catalogue(ResultPage<Project> page, FilterForm form, int undatedLeftOut);

        static native TemplateInstance project(Project project, MapView map);
    }

    /** The catalogue's filter and order as the reader asked for them; a bad value is a 400. */
    record Query(ProjectFilter filter, ProjectSort sort) {

        static Query of(Atlas atlas, String theme, String status, String kind, String country, String place,
                String from, String to, String q, String sort, String undated) {
            String undatedChoice = undated == null || undated.isBlank() ? "exclude" : undated.trim();
            if (!undatedChoice.equals("include") && !undatedChoice.equals("exclude")) {
                throw BadParameter.choice("undated", List.of("include", "exclude"));
            }
            ProjectFilter filter = new ProjectFilter(
                    existing(QueryParams.slug("theme", theme), atlas::theme, "theme"),
                    QueryParams.enumValue("status", status, ProjectStatus.class),
                    QueryParams.enumValue("kind", kind, ProjectKind.class),
                    QueryParams.enumValue("country", country, Country.class),
                    existing(QueryParams.slug("place", place), atlas::place, "place"),
                    QueryParams.integer("from", from, -3000, 3000),
                    QueryParams.integer("to", to, -3000, 3000),
                    QueryParams.phrase("q", q),
                    undatedChoice.equals("include"));
            ProjectSort order = QueryParams.enumValue("sort", sort, ProjectSort.class);
            return new Query(filter, order == null ? ProjectSort.NAME : order);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance catalogue(@QueryParam("theme") String theme, @QueryParam("status") String status,
            @QueryParam("kind") String kind, @QueryParam("country") String country, @QueryParam("place") String place,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("undated") String undated, @QueryParam("show") String show,
            @QueryParam("offset") String offset) {
        Atlas atlas = pages.current();
        Query query = Query.of(atlas, theme, status, kind, country, place, from, to, q, sort, undated);
        boolean all = show != null && !show.isBlank();
        if (all && !show.trim().equals("all")) {
            throw BadParameter.choice("show", List.of("all"));
        }
        Integer start = QueryParams.integer("offset", offset, 0, 100_000);
        ResultPage<Project> page;
        if (all) {
            List<Project> every = atlas.catalogue(query.filter(), query.sort());
            page = new ResultPage<>(every, every.size(), 0, Math.max(1, every.size()));
        } else {
            page = atlas.catalogue(query.filter(), query.sort(), new PageRequest(start == null ? 0 : start, PAGE_SIZE));
        }
        FilterForm form = new FilterForm(theme, status, kind, country, place, from, to, q, sort,
                undated == null || undated.isBlank() ? null : undated.trim(), all, atlas.themes(), atlas.places());
        int undatedLeftOut = 0;
        ProjectFilter f = query.filter();
        if ((f.fromYear() != null || f.toYear() != null) && !f.includeUndated()) {
            undatedLeftOut = atlas.catalogue(new ProjectFilter(f.theme(), f.status(), f.kind(), f.country(), f.place(),
                    f.fromYear(), f.toYear(), f.text(), true), query.sort()).size() - page.totalCount();
        }
        return Templates.catalogue(page, form, undatedLeftOut);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance project(@PathParam("slug") String slug) {
        Project project = pages.current().project(slug).orElseThrow(NotFoundException::new);
        return Templates.project(project, maps.project(project));
    }

    /** A filter on a record that does not exist is the reader's mistake, said in a 400 page. */
    private static String existing(String slug, Function<String, Optional<?>> find, String name) {
        if (slug != null && find.apply(slug).isEmpty()) {
            throw BadParameter.unknown(name, slug);
        }
        return slug;
    }
}
