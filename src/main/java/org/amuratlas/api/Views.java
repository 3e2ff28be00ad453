package org.amuratlas.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.amuratlas.i18n.Formats;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.read.LocalizedText;

/** The GraphQL types wrap read records; these turn record values into what the schema returns. */
final class Views {

    private Views() {
    }

    /** A related list as GraphQL objects (small wrappers, made as the query walks the graph). */
    static <R, V> List<V> of(List<R> records, Function<R, V> view) {
        List<V> views = new ArrayList<>(records.size());
        for (R record : records) {
            views.add(view.apply(record));
        }
        return views;
    }

    /** The same, each view also given the writers of the request's language. */
    static <R, V> List<V> of(List<R> records, BiFunction<R, Formats.Local, V> view, Formats.Local in) {
        List<V> views = new ArrayList<>(records.size());
        for (R record : records) {
            views.add(view.apply(record, in));
        }
        return views;
    }

    /** The text in the request's language; null for an absent optional text. */
    static String text(LocalizedText text) {
        return text == null ? null : text.text();
    }

    /**
     * A figure with its hedge and unit in the request's language, written as the pages write it
     * ({@link org.amuratlas.i18n.FigureText}): the English unit tells the scale, its translation the words.
     */
    static String figure(Formats.Local in, BigDecimal value, FigureQualifier qualifier, LocalizedText unit) {
        String english = unit == null ? "" : unit.english();
        String translated = unit != null && unit.translated() ? unit.text() : null;
        return in.figures().figure(value, qualifier, english, translated).text();
    }
}
