package org.amuratlas.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Every claim is sourced: records cite sources, at a part of the document that exists, and cite what they name. */
final class CitationChecks {

    /**
     * The record tables that make claims (each with a {@code <table>_citation} table), and the columns whose text
     * speaks for the record. Editorial notes are left out: they compare sources and may name one the record does
     * not rest on.
     */
    static final Map<String, List<String>> CITING = new LinkedHashMap<>();

    static {
        CITING.put("project", List.of("name", "summary", "status_as_of", "capacity_note"));
        CITING.put("event", List.of("title", "summary"));
        CITING.put("place", List.of("summary"));
        CITING.put("actor", List.of("role"));
        CITING.put("perspective", List.of("summary", "quote", "stated_when"));
        CITING.put("challenge", List.of("title", "summary"));
        CITING.put("recommendation", List.of("title", "summary"));
        CITING.put("key_figure", List.of("label", "as_of"));
        CITING.put("series", List.of("title", "description"));
    }

    private CitationChecks() {
    }

    static void run(Connection db, List<Violation> out) throws SQLException {
        Map<String, String> kindOfSource = new HashMap<>();
        for (String[] source : Sql.list(db, "select slug, kind from source", r -> new String[] {r.getString(1), r.getString(2)})) {
            kindOfSource.put(source[0], source[1]);
        }
        Map<String, Pattern> sourceNames = sourceNames(db);
        Set<String> citedSources = new HashSet<>();
        for (String table : CITING.keySet()) {
            if (Sql.strings(db, "select slug from " + table).isEmpty()) {
                out.add(new Violation(Check.CITED, table, "no records loaded"));
            }
            for (String slug : Sql.strings(db, "select r.slug from " + table + " r where not exists (select 1 from "
                    + table + "_citation c where c." + table + "_slug = r.slug) order by r.slug")) {
                out.add(new Violation(Check.CITED, table + " " + slug, "cites no source"));
            }
            for (String[] citation : Sql.list(db, "select " + table + "_slug, source_slug, locator from " + table
                    + "_citation", r -> new String[] {r.getString(1), r.getString(2), r.getString(3)})) {
                citedSources.add(citation[1]);
                String kind = kindOfSource.get(citation[1]);
                if (!Locators.resolvable(citation[2], kind)) {
                    out.add(new Violation(Check.LOCATOR, table + " " + citation[0], citation[2] == null
                            || citation[2].isBlank() ? "citation of " + citation[1] + " without a locator"
                            : "locator '" + citation[2] + "' names no part of " + citation[1] + " (" + kind + ")"));
                }
            }
            namedSourcesAreCited(db, table, sourceNames, out);
        }
        for (String source : kindOfSource.keySet()) {
            if (!citedSources.contains(source)) {
                out.add(new Violation(Check.SOURCE_USED, "source " + source, "supports no record"));
            }
        }
    }

    /** A source is named in text by its first author's surname, or by its outlet when it has no author. */
    private static Map<String, Pattern> sourceNames(Connection db) throws SQLException {
        Map<String, Pattern> names = new HashMap<>();
        for (String[] source : Sql.list(db, "select slug, authors, outlet from source",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3)})) {
            String name = source[1] != null ? source[1].split(",")[0].strip() : source[2];
            if (name != null && !name.isBlank()) {
                // not followed by a capitalised word: "Zhang Qingwei" is a person, "Zhang (2025)" the paper
                names.put(source[0], Pattern.compile("(?<!\\p{L})" + Pattern.quote(name)
                        + "(?!\\p{L})(?!\\s+\\p{Lu}\\p{Ll})"));
            }
        }
        return names;
    }

    private static void namedSourcesAreCited(Connection db, String table, Map<String, Pattern> names,
            List<Violation> out) throws SQLException {
        List<String> columns = CITING.get(table);
        Map<String, Set<String>> cited = new HashMap<>();
        for (String[] citation : Sql.list(db, "select " + table + "_slug, source_slug from " + table + "_citation",
                r -> new String[] {r.getString(1), r.getString(2)})) {
            cited.computeIfAbsent(citation[0], slug -> new HashSet<>()).add(citation[1]);
        }
        List<List<String>> records = Sql.list(db, "select slug, " + String.join(", ", columns) + " from " + table
                + " order by slug", r -> {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns.size() + 1; i++) {
                        values.add(r.getString(i));
                    }
                    return values;
                });
        for (List<String> record : records) {
            String text = String.join(" ", record.subList(1, record.size()).stream()
                    .filter(value -> value != null).toList());
            for (Map.Entry<String, Pattern> source : names.entrySet()) {
                if (source.getValue().matcher(text).find()
                        && !cited.getOrDefault(record.get(0), Set.of()).contains(source.getKey())) {
                    out.add(new Violation(Check.NAMED_SOURCE_CITED, table + " " + record.get(0),
                            "its text names " + source.getKey() + " but does not cite it"));
                }
            }
        }
    }
}
