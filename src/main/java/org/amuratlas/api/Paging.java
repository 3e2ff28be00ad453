package org.amuratlas.api;

import org.amuratlas.model.PageRequest;

/** Checks offset/limit arguments and turns them into a page request. */
final class Paging {

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
}
