package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one place where projects are filtered, sorted and paged — for the web pages and the API alike. */
@ApplicationScoped
public class ProjectCatalog {

    private static final String LIKE = "like :text escape '\\'";

    public ResultPage<Project> search(ProjectFilter filter, ProjectSort sort, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.theme() != null) {
            where.add("exists (select 1 from Project p2 join p2.themes t where p2 = p and t.slug = :theme)");
            params.and("theme", filter.theme());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            params.and("status", filter.status());
        }
        if (filter.kind() != null) {
            where.add("p.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.country() != null) {
            where.add("exists (select 1 from Project p3 join p3.places c where p3 = p and c.country = :country)");
            params.and("country", filter.country());
        }
        if (filter.place() != null) {
            where.add("exists (select 1 from Project p4 join p4.places pl where p4 = p and pl.slug = :place)");
            params.and("place", filter.place());
        }
        if (filter.fromYear() != null) {
            where.add("coalesce(p.completionYear, 9999) >= :fromYear");
            params.and("fromYear", filter.fromYear());
        }
        if (filter.toYear() != null) {
            where.add("coalesce(p.startYear, -9999) <= :toYear");
            params.and("toYear", filter.toYear());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(p.name) " + LIKE + " or lower(p.summary) " + LIKE + " or exists (select 1 from Project p5"
                    + " join p5.places tp where p5 = p and (lower(tp.nameEn) " + LIKE + " or lower(tp.nameRu) " + LIKE
                    + " or tp.nameZh " + LIKE + ")))");
            params.and("text", "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        String query = "from Project p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + sort.orderBy;
        PanacheQuery<Project> found = Project.find(query, params);
        return ResultPage.of(found, page);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
