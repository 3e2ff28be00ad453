package org.amuratlas.api.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.amuratlas.api.AnswerLanguages;

/**
 * Executes a checked request with SmallRye's ExecutionService, the one execution path of the API (SmallRye's own
 * /graphql handler calls the same service), set up as that handler sets it up in blocking mode: a request context
 * for the request, resolvers run on the calling worker thread, the HTTP headers and the request's language passed
 * along. Called on one of the API's worker threads, so that at most {@code atlas.graphql.workers} queries run at once.
 */
@ApplicationScoped
public class GraphQLExecution {

    @Inject
    Instance<ExecutionService> executionService;

    CompletionStage<GraphQLAnswer> execute(GraphQLRequest request, DocumentCheck check, Locale language,
            RoutingContext http) {
        QueryCost cost = check.cost();
        CompletableFuture<GraphQLAnswer> answer = new CompletableFuture<>();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        ContextState state = requestContext.getState();
        try {
            Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(http);
            Map<String, Object> context = new ConcurrentHashMap<>();
            // read by SmallRye's Quarkus data fetchers: run resolvers right here, inside this request context
            context.put("runBlocking", Boolean.TRUE);
            context.put("state", state);
            context.put("httpHeaders", headers(http));
            context.put("locale", language); // becomes ExecutionInput.locale
            context.put(CheckedDocuments.KEY, new CheckedDocuments.Checked(request.query(), check.document()));
            executionService.get().executeAsync(input(request), context, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    answer.complete(GraphQLResponses.executed(response, cost, AnswerLanguages.of(http).tags()));
                }

                @Override
                public void fail(Throwable failure) {
                    answer.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        } finally {
            // the data fetchers deactivate the context after each field; end it once the answer is written
            if (requestContext.isActive()) {
                requestContext.deactivate();
            }
            answer.whenComplete((written, failure) -> requestContext.destroy(state));
        }
        return answer;
    }

    private static jakarta.json.JsonObject input(GraphQLRequest request) {
        JsonObjectBuilder input = GraphQLResponses.JSON.createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            input.add("operationName", request.operationName());
        }
        if (request.variables() != null) {
            try (JsonReader reader = GraphQLResponses.JSON.createReader(new StringReader(request.variables().encode()))) {
                input.add("variables", reader.readObject());
            }
        }
        return input.build();
    }

    private static Map<String, List<String>> headers(RoutingContext http) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : http.request().headers().names()) {
            headers.put(name, http.request().headers().getAll(name));
        }
        return headers;
    }
}
