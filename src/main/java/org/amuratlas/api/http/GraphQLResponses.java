package org.amuratlas.api.http;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Writes GraphQL response bodies. Errors go through SmallRye's own formatting (ExecutionResponse), so that errors
 * refused before execution carry the same fields as errors from execution
 * ({@code quarkus.smallrye-graphql.error-extension-fields}); the cost is added to {@code extensions.cost}, and the
 * languages the texts were read in to {@code extensions.language}.
 */
final class GraphQLResponses {

    /** Error codes that a repeated request will meet again (the data never changes), so such answers are cached. */
    private static final Set<String> REPEATABLE_ERROR_CODES = Set.of("NOT_FOUND", "BAD_ARGUMENT");

    /**
     * The API's JSON provider, looked up once: {@code Json.createObjectBuilder()} looks it up again (ServiceLoader)
     * on every call.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    private GraphQLResponses() {
    }

    /** @param language the languages the fields were read in ({@code ru}; {@code en, zh-Hans}), or null */
    static GraphQLAnswer executed(ExecutionResponse response, QueryCost cost, String language) {
        ExecutionResult result = response.getExecutionResult();
        if (result.isDataPresent() && result.getData() != null && result.getErrors().isEmpty()
                && (result.getExtensions() == null || result.getExtensions().isEmpty())) {
            byte[] answer = DataJson.answer(result.getData(), cost, language);
            if (answer != null) {
                return new GraphQLAnswer(Buffer.buffer(answer), language, true, true);
            }
        }
        JsonObject json = response.getExecutionResultAsJsonObject();
        boolean hasData = json.containsKey("data");
        return new GraphQLAnswer(withExtensions(json, cost, language), language, hasData,
                hasData && onlyRepeatableErrors(json));
    }

    /** The answer as SmallRye's writer gives it, whatever the result holds (compared with DataJson in tests). */
    static Buffer bySmallRye(ExecutionResponse response, QueryCost cost, String language) {
        return withExtensions(response.getExecutionResultAsJsonObject(), cost, language);
    }

    static GraphQLAnswer refused(List<GraphQLError> errors, QueryCost cost) {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().addErrors(errors).build();
        return new GraphQLAnswer(
                withExtensions(new ExecutionResponse(result).getExecutionResultAsJsonObject(), cost, null), null, false,
                false);
    }

    /** A request refused before its document was looked at: a message and a code, nothing about the document. */
    static Buffer refused(RequestRefused refusal) {
        JsonObject error = JSON.createObjectBuilder().add("message", refusal.getMessage())
                .add("extensions", JSON.createObjectBuilder().add("code", refusal.code())).build();
        return Buffer.buffer(JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder().add(error)).build()
                .toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Buffer withExtensions(JsonObject json, QueryCost cost, String language) {
        if (cost != null || language != null) {
            JsonObjectBuilder extensions = json.containsKey("extensions")
                    ? JSON.createObjectBuilder(json.getJsonObject("extensions"))
                    : JSON.createObjectBuilder();
            if (cost != null) {
                extensions.add("cost", JSON.createObjectBuilder().add("complexity", cost.complexity())
                        .add("maxComplexity", cost.maxComplexity()).add("depth", cost.depth())
                        .add("maxDepth", cost.maxDepth()));
            }
            if (language != null) {
                extensions.add("language", language);
            }
            json = JSON.createObjectBuilder(json).add("extensions", extensions).build();
        }
        return Buffer.buffer(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean onlyRepeatableErrors(JsonObject json) {
        JsonArray errors = json.getJsonArray("errors");
        if (errors == null) {
            return true;
        }
        for (JsonValue error : errors) {
            JsonObject extensions = error.getValueType() == JsonValue.ValueType.OBJECT
                    ? error.asJsonObject().getJsonObject("extensions") : null;
            if (extensions == null || !REPEATABLE_ERROR_CODES.contains(extensions.getString("code", ""))) {
                return false;
            }
        }
        return true;
    }
}
