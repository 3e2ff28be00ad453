package org.amuratlas.api;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** An identifier that names no record. A checked exception, so its message reaches the client. */
@ErrorCode("NOT_FOUND")
public class NotFoundError extends GraphQLException {

    public NotFoundError(String type, String slug) {
        super("No " + type + " with slug '" + slug + "'.");
    }
}
