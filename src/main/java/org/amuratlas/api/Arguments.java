package org.amuratlas.api;

import org.amuratlas.read.InvalidQuery;
import org.amuratlas.read.PageRequest;
import org.amuratlas.read.Phrase;

/** Arguments the read layer checks (paging bounds, phrase length), its refusals turned into BAD_ARGUMENT errors. */
final class Arguments {

    static final String DEFAULT_LIMIT = "20";

    private Arguments() {
    }

    static PageRequest page(int offset, int limit) throws BadArgumentError {
        try {
            return new PageRequest(offset, limit);
        } catch (InvalidQuery refused) {
            throw new BadArgumentError(refused.getMessage());
        }
    }

    /** Null for a blank phrase. */
    static Phrase phrase(String text, String name) throws BadArgumentError {
        try {
            return Phrase.of(text, name);
        } catch (InvalidQuery refused) {
            throw new BadArgumentError(refused.getMessage());
        }
    }
}
