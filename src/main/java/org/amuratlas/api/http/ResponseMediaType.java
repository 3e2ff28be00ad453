package org.amuratlas.api.http;

import java.util.Locale;

/**
 * The two media types of a GraphQL-over-HTTP response. They differ in status codes: under
 * {@code application/graphql-response+json} a request the server cannot execute (bad document, failed validation)
 * gets a 4xx, while {@code application/json} keeps 200 for everything that was a well-formed GraphQL request, because
 * older clients and proxies treat a 4xx as "no GraphQL body here".
 */
enum ResponseMediaType {
    JSON("application/json; charset=UTF-8"),
    GRAPHQL_RESPONSE("application/graphql-response+json; charset=UTF-8");

    private final String contentType;

    ResponseMediaType(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /**
     * The best type the client accepts, in its order of preference (q-values, then the order given); {@code null}
     * when it accepts neither. A missing Accept header means application/json, as the spec asks for legacy clients.
     */
    static ResponseMediaType negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        ResponseMediaType best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            ResponseMediaType type = forRange(parts[0].trim().toLowerCase(Locale.ROOT));
            double quality = quality(parts);
            if (type != null && quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static ResponseMediaType forRange(String range) {
        return switch (range) {
            case "application/graphql-response+json" -> GRAPHQL_RESPONSE;
            case "application/json", "application/*", "*/*" -> JSON;
            default -> null;
        };
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(parameter[1].trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
