package org.amuratlas.api.http;

import io.vertx.core.json.JsonObject;

/**
 * The parameters of one GraphQL-over-HTTP request, the same whether they came as GET parameters or a POST body.
 *
 * @param query the document; {@code null} when the client sent only the hash of a persisted one
 * @param operationName which operation of the document to run, or {@code null}
 * @param variables the variables, or {@code null}
 * @param persistedQueryHash the SHA-256 (hex) of the document under Apollo's persisted-query protocol, or {@code null}
 */
record GraphQLRequest(String query, String operationName, JsonObject variables, String persistedQueryHash) {

    GraphQLRequest withQuery(String document) {
        return new GraphQLRequest(document, operationName, variables, persistedQueryHash);
    }

    /** The variables as JSON text, empty when there are none (part of the response cache key). */
    String variablesJson() {
        return variables == null || variables.isEmpty() ? "" : variables.encode();
    }
}
