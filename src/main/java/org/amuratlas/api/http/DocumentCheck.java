package org.amuratlas.api.http;

import graphql.GraphQLError;
import graphql.language.Document;
import java.util.List;

/**
 * The outcome of checking a document before execution: accepted with its cost, or refused with the GraphQL errors
 * to answer (and the cost when it could be computed, e.g. for a query over a limit).
 */
record DocumentCheck(List<GraphQLError> errors, QueryCost cost, Document document) {

    /** @param document the parsed and validated document, handed to graphql-java as it is */
    static DocumentCheck accepted(QueryCost cost, Document document) {
        return new DocumentCheck(List.of(), cost, document);
    }

    static DocumentCheck refused(List<? extends GraphQLError> errors, QueryCost cost) {
        return new DocumentCheck(List.copyOf(errors), cost, null);
    }

    boolean isAccepted() {
        return errors.isEmpty();
    }
}
