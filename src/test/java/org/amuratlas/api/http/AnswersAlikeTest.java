package org.amuratlas.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every example query of the API (src/test/graphql/examples), run by SmallRye in the application, is written the
 * same by the direct writer (DataJson) as by SmallRye's own: the answers' bytes, and so their ETags, do not change.
 */
@QuarkusTest
class AnswersAlikeTest {

    private static final QueryCost COST = new QueryCost(20, 1000, 5, 15);

    @Inject
    ExecutionService executionService;

    @Test
    void everyExampleQueryIsWrittenAlikeByBothWriters() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("src", "test", "graphql", "examples"))) {
            examples = files.filter(path -> path.toString().endsWith(".graphql")).sorted().toList();
        }
        assertTrue(examples.size() >= 9, "examples found: " + examples);
        for (Path example : examples) {
            String document = Files.readString(example);
            JsonObjectBuilder input = Json.createObjectBuilder().add("query", document);
            document.lines().filter(line -> line.startsWith("# variables:")).findFirst().ifPresent(line -> input.add(
                    "variables", Json.createReader(new StringReader(line.substring("# variables:".length())))
                            .readObject()));
            ExecutionResponse response = execute(input.build());
            assertTrue(response.getExecutionResult().getErrors().isEmpty(),
                    example + ": " + response.getExecutionResult().getErrors());
            byte[] bytes = DataJson.answer(response.getExecutionResult().getData(), COST, "zh-Hans");
            String direct = bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertNotNull(direct, example + ": the direct writer gave up");
            assertEquals(GraphQLResponses.bySmallRye(response, COST, "zh-Hans").toString(), direct, example.toString());
        }
    }

    /** As GraphQLExecution runs a query: resolvers on this thread, inside a request context of its own. */
    private ExecutionResponse execute(JsonObject input) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        ContextState state = requestContext.getState();
        try {
            Map<String, Object> context = new ConcurrentHashMap<>();
            context.put("runBlocking", Boolean.TRUE);
            context.put("state", state);
            context.put("httpHeaders", Map.of());
            context.put("locale", Locale.ENGLISH);
            AtomicReference<ExecutionResponse> answer = new AtomicReference<>();
            executionService.executeSync(input, context, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    answer.set(response);
                }
            });
            return answer.get();
        } finally {
            if (requestContext.isActive()) {
                requestContext.deactivate();
            }
            requestContext.destroy(state);
        }
    }
}
