package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/** One slice of a longer list, with the total size of the list. */
public record ResultPage<T>(List<T> items, long totalCount, int offset, int limit) {

    /** Runs a Panache query for one page and its total. */
    static <T> ResultPage<T> of(PanacheQuery<T> query, PageRequest request) {
        return new ResultPage<>(query.range(request.offset(), request.offset() + request.limit() - 1).list(),
                query.count(), request.offset(), request.limit());
    }

    public boolean hasNext() {
        return offset + items.size() < totalCount;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public int previousOffset() {
        return Math.max(0, offset - limit);
    }

    public int nextOffset() {
        return offset + limit;
    }

    /** 1-based position of the first and last item shown, for "showing 21–40". */
    public int firstShown() {
        return items.isEmpty() ? 0 : offset + 1;
    }

    public int lastShown() {
        return offset + items.size();
    }
}
