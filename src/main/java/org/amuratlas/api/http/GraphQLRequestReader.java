package org.amuratlas.api.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the GraphQL request out of a GET query string or a POST JSON body, as the GraphQL-over-HTTP spec lays them
 * out, and refuses what is not a well-formed request with a 400 (or 415) that says what is wrong. Parameters are
 * URL-decoded exactly once (by Vert.x), so a "+" or "%" in a string arrives as sent.
 */
final class GraphQLRequestReader {

    private static final String QUERY = "query";
    private static final String OPERATION_NAME = "operationName";
    private static final String VARIABLES = "variables";
    private static final String EXTENSIONS = "extensions";

    private GraphQLRequestReader() {
    }

    static GraphQLRequest read(RoutingContext context) throws RequestRefused {
        return context.request().method() == HttpMethod.GET ? fromQueryString(context) : fromJsonBody(context);
    }

    private static GraphQLRequest fromQueryString(RoutingContext context) throws RequestRefused {
        MultiMap parameters;
        try {
            parameters = context.queryParams();
        } catch (IllegalArgumentException malformedEncoding) {
            throw RequestRefused.badRequest("The query string is not valid URL encoding (a '%' must be followed by"
                    + " two hexadecimal digits; send a literal '%' as %25).");
        }
        String query = emptyToNull(parameters.get(QUERY));
        String operationName = emptyToNull(parameters.get(OPERATION_NAME));
        JsonObject variables = jsonObjectParameter(parameters.get(VARIABLES), VARIABLES);
        JsonObject extensions = jsonObjectParameter(parameters.get(EXTENSIONS), EXTENSIONS);
        return complete(query, operationName, variables, extensions);
    }

    private static GraphQLRequest fromJsonBody(RoutingContext context) throws RequestRefused {
        String contentType = context.request().getHeader("Content-Type");
        if (!isJsonUtf8(contentType)) {
            throw RequestRefused.status(415, "A GraphQL POST must have Content-Type: application/json (UTF-8), not "
                    + (contentType == null ? "none" : "'" + contentType + "'") + ".", Map.of("Accept-Post",
                    "application/json"));
        }
        RequestBody body = context.body();
        if (body == null || body.length() <= 0) {
            throw RequestRefused.badRequest("The request body is empty; send a JSON object such as"
                    + " {\"query\": \"{ themes { slug } }\"}.");
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(body.buffer());
        } catch (DecodeException e) {
            throw RequestRefused.badRequest("The request body is not valid JSON.");
        }
        if (!(parsed instanceof JsonObject request)) {
            throw RequestRefused.badRequest("The request body must be a JSON object with a 'query' string.");
        }
        Object query = request.getValue(QUERY);
        if (query != null && !(query instanceof String)) {
            throw RequestRefused.badRequest("'query' must be a string.");
        }
        Object operationName = request.getValue(OPERATION_NAME);
        if (operationName != null && !(operationName instanceof String)) {
            throw RequestRefused.badRequest("'operationName' must be a string or null.");
        }
        return complete(emptyToNull((String) query), emptyToNull((String) operationName),
                jsonObjectMember(request, VARIABLES), jsonObjectMember(request, EXTENSIONS));
    }

    private static GraphQLRequest complete(String query, String operationName, JsonObject variables,
            JsonObject extensions) throws RequestRefused {
        String hash = persistedQueryHash(extensions);
        if (query == null && hash == null) {
            throw RequestRefused.badRequest("The request has no 'query'.");
        }
        return new GraphQLRequest(query, operationName, variables, hash);
    }

    /** {@code extensions.persistedQuery} of Apollo's protocol: {@code {"version": 1, "sha256Hash": "<64 hex>"}}. */
    private static String persistedQueryHash(JsonObject extensions) throws RequestRefused {
        if (extensions == null || !extensions.containsKey("persistedQuery")) {
            return null;
        }
        if (!(extensions.getValue("persistedQuery") instanceof JsonObject persisted)) {
            throw RequestRefused.badRequest("'extensions.persistedQuery' must be an object.");
        }
        if (!(persisted.getValue("version") instanceof Number version) || version.doubleValue() != 1) {
            throw RequestRefused.badRequest("Unsupported persisted query version: only version 1 is supported.");
        }
        if (!(persisted.getValue("sha256Hash") instanceof String hash) || hash.length() != 64
                || !isHex(hash)) {
            throw RequestRefused.badRequest("'extensions.persistedQuery.sha256Hash' must be 64 hexadecimal digits.");
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    private static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!HexFormat.isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static JsonObject jsonObjectMember(JsonObject request, String name) throws RequestRefused {
        Object value = request.getValue(name);
        if (value != null && !(value instanceof JsonObject)) {
            throw RequestRefused.badRequest("'" + name + "' must be a JSON object or null.");
        }
        return (JsonObject) value;
    }

    private static JsonObject jsonObjectParameter(String text, String name) throws RequestRefused {
        if (text == null || text.isBlank()) {
            return null;
        }
        Object value;
        try {
            value = Json.decodeValue(text);
        } catch (DecodeException e) {
            throw RequestRefused.badRequest("The '" + name + "' parameter must be a JSON object.");
        }
        if (value != null && !(value instanceof JsonObject)) {
            throw RequestRefused.badRequest("The '" + name + "' parameter must be a JSON object.");
        }
        return (JsonObject) value;
    }

    private static boolean isJsonUtf8(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
