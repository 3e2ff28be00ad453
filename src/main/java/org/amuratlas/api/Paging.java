package org.amuratlas.api;

import java.util.List;
import java.util.function.Function;
import org.amuratlas.read.PageRequest;
import org.amuratlas.read.ResultPage;

/** Turns one page of records into its GraphQL page type. */
final class Paging {

    /** The shape every GraphQL page type shares; each page record's canonical constructor fits it. */
    @FunctionalInterface
    interface PageType<V, P> {
        P of(List<V> items, int totalCount, int offset, int limit, boolean hasNext);
    }

    private Paging() {
    }

    /** The requested page of a whole list, each record as its GraphQL type. */
    static <R, V, P> P page(List<R> all, PageRequest request, Function<R, V> view, PageType<V, P> type) {
        return toPage(ResultPage.of(all, request), view, type);
    }

    static <R, V, P> P toPage(ResultPage<R> page, Function<R, V> view, PageType<V, P> type) {
        return type.of(Views.of(page.items(), view), page.totalCount(), page.offset(), page.limit(), page.hasNext());
    }
}
