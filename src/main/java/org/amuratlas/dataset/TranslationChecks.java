package org.amuratlas.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Russian and Chinese texts of records (the {@code translation} table, once the dataset has one) keep every figure
 * of the English text they translate, and name every place it names by the place table's name, so that a
 * translation cannot silently change a fact or rename a place.
 */
final class TranslationChecks {

    static final String TABLE = "translation";

    private record Translation(String recordType, String recordSlug, String field, String language, String text) {
    }

    private TranslationChecks() {
    }

    static void run(Connection db, List<Violation> out) throws SQLException {
        if (!Sql.exists(db, TABLE, null)) {
            return;
        }
        Map<String, Map<String, String>> originals = new HashMap<>();
        List<TranslatedPlaces.Names> places = Sql.exists(db, "place", "name_zh")
                ? Sql.list(db, "select name_en, name_ru, name_zh from place",
                        r -> new TranslatedPlaces.Names(r.getString(1), r.getString(2), r.getString(3)))
                : List.of();
        for (Translation t : Sql.list(db, "select record_type, record_slug, field, lang, text from " + TABLE,
                r -> new Translation(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)))) {
            String record = t.recordType() + " " + t.recordSlug() + " " + t.field() + " (" + t.language() + ")";
            String english = null;
            if (t.recordType().matches("[a-z_]+") && t.field().matches("[a-z_]+") && Sql.exists(db, t.recordType(), t.field())) {
                english = originals.computeIfAbsent(t.recordType() + "." + t.field(), column -> englishTexts(db, t))
                        .get(t.recordSlug());
            }
            if (english == null) {
                out.add(new Violation(Check.TRANSLATION_NUMBERS, record, "translates a text that has no English original"));
                continue;
            }
            List<String> missing = TranslatedNumbers.missing(english, t.text() == null ? "" : t.text(), t.language());
            if (!missing.isEmpty()) {
                out.add(new Violation(Check.TRANSLATION_NUMBERS, record, "leaves out or changes " + missing));
            }
            List<String> unnamed = TranslatedPlaces.missing(english, t.text() == null ? "" : t.text(), t.language(),
                    places);
            if (!unnamed.isEmpty()) {
                out.add(new Violation(Check.TRANSLATION_PLACES, record, "does not name " + unnamed
                        + " by the place table's name"));
            }
        }
    }

    /** The English texts of one column, by the key a translation uses for its record. */
    private static Map<String, String> englishTexts(Connection db, Translation t) {
        String key = switch (t.recordType()) {
            case "series_measure" -> "series_slug || ':' || code";
            case "series_observation" -> "series_slug || ':' || measure_code || ':' || period_year";
            default -> "slug";
        };
        Map<String, String> texts = new HashMap<>();
        try {
            for (String[] row : Sql.list(db, "select " + key + ", " + t.field() + " from " + t.recordType(),
                    r -> new String[] {r.getString(1), r.getString(2)})) {
                texts.put(row[0], row[1]);
            }
        } catch (SQLException unreadable) {
            // a record type without the key columns: every translation of it is reported as having no original
        }
        return texts;
    }
}
