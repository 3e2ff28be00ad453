package org.amuratlas.model;

/** Offset pagination: which slice of a list to return. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest firstPage(int limit) {
        return new PageRequest(0, limit);
    }
}
