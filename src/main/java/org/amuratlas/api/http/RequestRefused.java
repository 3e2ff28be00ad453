package org.amuratlas.api.http;

import java.util.Map;

/**
 * A GraphQL request the server will not execute, with the GraphQL error to answer and the HTTP status for each
 * response media type.
 */
final class RequestRefused extends Exception {

    /** Error codes sent in {@code errors[].extensions.code}. */
    static final String BAD_REQUEST = "BAD_REQUEST";
    static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    static final String PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";

    private final int jsonStatus;
    private final int graphqlResponseStatus;
    private final String code;
    private final Map<String, String> headers;

    private RequestRefused(String message, String code, int jsonStatus, int graphqlResponseStatus,
            Map<String, String> headers) {
        super(message, null, false, false); // an expected answer, not a fault: no stack trace
        this.code = code;
        this.jsonStatus = jsonStatus;
        this.graphqlResponseStatus = graphqlResponseStatus;
        this.headers = headers;
    }

    /** Not a well-formed GraphQL-over-HTTP request (body or parameters): 400 whatever the media type. */
    static RequestRefused badRequest(String message) {
        return new RequestRefused(message, BAD_REQUEST, 400, 400, Map.of());
    }

    static RequestRefused status(int status, String message, Map<String, String> headers) {
        return new RequestRefused(message, BAD_REQUEST, status, status, headers);
    }

    /** Apollo's protocol: the client retries with the full document, which registers it. */
    static RequestRefused persistedQueryNotFound() {
        // 404 rather than 400 under application/graphql-response+json: Apollo Client turns persisted queries off
        // for good after a 400 or 500.
        return new RequestRefused("PersistedQueryNotFound", PERSISTED_QUERY_NOT_FOUND, 200, 404, Map.of());
    }

    static RequestRefused persistedQueryHashMismatch() {
        return new RequestRefused("provided sha does not match query", PERSISTED_QUERY_HASH_MISMATCH, 400, 400,
                Map.of());
    }

    String code() {
        return code;
    }

    int status(ResponseMediaType mediaType) {
        return mediaType == ResponseMediaType.GRAPHQL_RESPONSE ? graphqlResponseStatus : jsonStatus;
    }

    Map<String, String> headers() {
        return headers;
    }
}
