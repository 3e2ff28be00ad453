package org.amuratlas.read;

/** Offset pagination: which slice of a list to return. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    /** @throws InvalidQuery for a negative offset or a limit outside 1 to {@link #MAX_LIMIT} */
    public PageRequest {
        if (offset < 0) {
            throw new InvalidQuery("offset must be 0 or more, was " + offset + ".");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQuery("limit must be between 1 and " + MAX_LIMIT + ", was " + limit + ".");
        }
    }
}
