package org.amuratlas.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds records whose names or texts contain a phrase, in any of the atlas's three languages. Case-insensitive;
 * every hit carries the text it matched in so a page can show and highlight it.
 */
@ApplicationScoped
public class AtlasSearch {

    public static final int MAX_PER_TYPE = 50;

    /** Per record type: entity, title attribute, and the searched attributes (the first match is the shown text). */
    private record Target(RecordType type, String entity, String title, List<String> fields) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target(RecordType.PROJECT, "Project", "name", List.of("name", "summary", "note")),
            new Target(RecordType.PLACE, "Place", "nameEn", List.of("nameEn", "nameRu", "nameZh", "summary", "note")),
            new Target(RecordType.EVENT, "Event", "title", List.of("title", "summary", "note")),
            new Target(RecordType.ACTOR, "Actor", "name", List.of("name", "role")),
            new Target(RecordType.PERSPECTIVE, "Perspective", "summary", List.of("summary", "quote")),
            new Target(RecordType.CHALLENGE, "Challenge", "title", List.of("title", "summary")),
            new Target(RecordType.RECOMMENDATION, "Recommendation", "title", List.of("title", "summary")),
            new Target(RecordType.KEY_FIGURE, "KeyFigure", "label", List.of("label", "note")),
            new Target(RecordType.SERIES, "Series", "title", List.of("title", "description", "unitNote")),
            new Target(RecordType.SOURCE, "Source", "title", List.of("title", "authors", "outlet", "summary")));

    @Inject
    EntityManager em;

    public List<SearchHit> search(String phrase) {
        String needle = phrase.trim().toLowerCase(Locale.ROOT);
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<SearchHit> hits = new ArrayList<>();
        for (Target target : TARGETS) {
            String condition = String.join(" or ", target.fields().stream()
                    .map(f -> "lower(r." + f + ") like :pattern escape '\\'").toList());
            String select = String.join(", ", target.fields().stream().map(f -> "r." + f).toList());
            List<Object[]> rows = em.createQuery("select r.slug, r." + target.title() + ", " + select + " from "
                    + target.entity() + " r where " + condition + " order by r." + target.title(), Object[].class)
                    .setParameter("pattern", pattern).setMaxResults(MAX_PER_TYPE).getResultList();
            for (Object[] row : rows) {
                hits.add(new SearchHit(target.type(), (String) row[0], (String) row[1], firstMatch(row, needle)));
            }
        }
        return hits;
    }

    private static String firstMatch(Object[] row, String needle) {
        for (int i = 2; i < row.length; i++) {
            if (row[i] instanceof String text && text.toLowerCase(Locale.ROOT).contains(needle)) {
                return text;
            }
        }
        return (String) row[1];
    }
}
