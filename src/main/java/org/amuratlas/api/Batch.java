package org.amuratlas.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lines up a relation loaded for many parents with the parents' order, as batch resolvers must return it. */
final class Batch {

    private Batch() {
    }

    static <P, E, V> List<List<V>> align(List<P> parents, Function<P, String> slug, Map<String, List<E>> loaded,
            Function<E, V> view) {
        return parents.stream()
                .map(parent -> loaded.getOrDefault(slug.apply(parent), List.of()).stream().map(view).toList())
                .toList();
    }

    static <P> List<String> slugs(List<P> parents, Function<P, String> slug) {
        return parents.stream().map(slug).distinct().toList();
    }
}
