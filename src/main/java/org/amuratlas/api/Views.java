package org.amuratlas.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    /** The text in the request's language; null for an absent optional text. */
    static String text(LocalizedText text) {
        return text == null ? null : text.text();
    }
}
