package org.amuratlas.api;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** An argument outside what the API accepts, e.g. a page size above the limit. */
@ErrorCode("BAD_ARGUMENT")
public class BadArgumentError extends GraphQLException {

    public BadArgumentError(String message) {
        super(message);
    }
}
