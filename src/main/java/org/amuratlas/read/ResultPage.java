package org.amuratlas.read;

import java.util.List;

/** One slice of a longer list, with the total size of the list. */
public record ResultPage<T>(List<T> items, int totalCount, int offset, int limit) {

    /** The requested slice of a whole list. */
    public static <T> ResultPage<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new ResultPage<>(all.subList(from, to), all.size(), request.offset(), request.limit());
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
