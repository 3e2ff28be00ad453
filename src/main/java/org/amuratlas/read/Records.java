package org.amuratlas.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The records of one kind in their order, and the same records by slug. */
final class Records<T extends AtlasRecord> {

    private final List<T> inOrder;
    private final Map<String, T> bySlug;

    Records(List<T> inOrder) {
        this.inOrder = List.copyOf(inOrder);
        this.bySlug = Map.copyOf(inOrder.stream().collect(Collectors.toMap(AtlasRecord::slug, Function.identity())));
    }

    List<T> all() {
        return inOrder;
    }

    Optional<T> find(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(bySlug.get(slug));
    }
}
