package org.amuratlas.api.http;

import graphql.GraphQLError;
import java.util.List;

/**
 * The outcome of checking a document before execution: accepted with its cost, or refused with the GraphQL errors
 * to answer (and the cost when it could be computed, e.g. for a query over a limit).
 */
record DocumentCheck(List<GraphQLError> errors, QueryCost cost) {

    static DocumentCheck accepted(QueryCost cost) {
        return new DocumentCheck(List.of(), cost);
    }

    static DocumentCheck refused(List<? extends GraphQLError> errors, QueryCost cost) {
        return new DocumentCheck(List.copyOf(errors), cost);
    }

    boolean isAccepted() {
        return errors.isEmpty();
    }
}
