package org.amuratlas.api;

import java.util.List;
import java.util.function.Function;
import org.amuratlas.model.PageRequest;
import org.amuratlas.model.ResultPage;

/** Checks offset/limit arguments and turns them into a page request; turns a result page into a GraphQL page type. */
final class Paging {

    /** The shape every GraphQL page type shares; each page record's canonical constructor fits it. */
    @FunctionalInterface
    interface PageType<V, P> {
        P of(List<V> items, int totalCount, int offset, int limit, boolean hasNext);
    }

    static final String DEFAULT_LIMIT = "20";

    private Paging() {
    }

    static PageRequest request(int offset, int limit) throws BadArgumentError {
        if (offset < 0) {
            throw new BadArgumentError("offset must be 0 or more, was " + offset + ".");
        }
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new BadArgumentError("limit must be between 1 and " + PageRequest.MAX_LIMIT + ", was " + limit + ".");
        }
        return new PageRequest(offset, limit);
    }

    /** One page of a short list already in memory (the theme-scoped lists are a few dozen records at most). */
    static <T> ResultPage<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new ResultPage<>(all.subList(from, to), all.size(), request.offset(), request.limit());
    }

    /** A result page as a GraphQL page type, each record turned into its view. */
    static <R, V, P> P toPage(ResultPage<R> page, Function<R, V> view, PageType<V, P> type) {
        return type.of(page.items().stream().map(view).toList(), Math.toIntExact(page.totalCount()), page.offset(),
                page.limit(), page.hasNext());
    }
}
