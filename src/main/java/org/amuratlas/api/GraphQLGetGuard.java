package org.amuratlas.api;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Screens GraphQL GET requests before SmallRye sees them. SmallRye (Quarkus 3.34) URL-decodes GET parameters a
 * second time and answers a stray "%" or malformed variables with a 500; this turns both into a 400 with a GraphQL
 * error body, as the GraphQL-over-HTTP spec asks for a request that cannot be parsed.
 */
@ApplicationScoped
public class GraphQLGetGuard {

    private static final List<String> PARAMETERS = List.of("query", "variables", "operationName", "extensions");

    void install(@Observes Router router) {
        router.get("/graphql").order(-100).handler(this::screen);
    }

    private void screen(RoutingContext context) {
        for (String name : PARAMETERS) {
            String value = context.queryParams().get(name);
            if (value == null) {
                continue;
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                reject(context, "The '" + name + "' parameter contains a '%' that is not part of a percent-encoding;"
                        + " send it as %25, or use POST.");
                return;
            }
            if ((name.equals("variables") || name.equals("extensions")) && !decoded.isBlank() && !isJsonObject(decoded)) {
                reject(context, "The '" + name + "' parameter must be a JSON object.");
                return;
            }
        }
        context.next();
    }

    private static boolean isJsonObject(String text) {
        try {
            new JsonObject(text);
            return true;
        } catch (DecodeException | ClassCastException e) {
            return false;
        }
    }

    private static void reject(RoutingContext context, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", "BAD_REQUEST"));
        context.response().setStatusCode(400).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
