package org.amuratlas.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amuratlas.model.Translation;

/**
 * The translation table, looked up while the read model is built. It remembers which rows were asked for, so that a
 * row the atlas never shows (a misspelt slug or column) can be reported instead of silently ignored.
 */
final class Translations {

    private final Map<String, Translation> rows = new HashMap<>();
    private final Set<String> asked = new HashSet<>();

    Translations(List<Translation> table) {
        table.forEach(row -> rows.put(key(row.recordType, row.recordSlug, row.field, row.lang), row));
    }

    /** The texts of one record: its fields in every language. */
    RecordTexts of(String table, String slug, Language wanted) {
        return (field, english) -> LocalizedText.of(wanted, english, text(table, slug, field, Language.RU),
                text(table, slug, field, Language.ZH));
    }

    private String text(String table, String slug, String field, Language language) {
        String key = key(table, slug, field, language.tag);
        asked.add(key);
        Translation row = rows.get(key);
        return row == null ? null : row.text;
    }

    /** Rows no record asked for, as "table/slug/field/lang". */
    Set<String> unused() {
        Set<String> unused = new TreeSet<>(rows.keySet());
        unused.removeAll(asked);
        return unused;
    }

    private static String key(String table, String slug, String field, String lang) {
        return table + "/" + slug + "/" + field + "/" + lang;
    }

    /** One record's human-readable fields, named by their column in import.sql. */
    @FunctionalInterface
    interface RecordTexts {
        /** The column's text in the wanted language with its variants; null where the English text is null. */
        LocalizedText get(String column, String english);
    }
}
