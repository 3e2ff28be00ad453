package org.amuratlas.api.http;

import graphql.GraphQL;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import org.amuratlas.api.PropertyFieldFetchers;

/**
 * Sets up the graphql-java engine that SmallRye's ExecutionService builds, through SmallRye's
 * {@link EventingService} SPI (registered in META-INF/services):
 * <ul>
 * <li>documents come parsed and validated from {@link DocumentChecker} ({@link CheckedDocuments});</li>
 * <li>no instrumentation: SmallRye's chain holds its query cache (replaced by the line above) and its depth and
 * complexity limits, which {@link DocumentChecker} applies, with the same settings and graphql-java's own counting,
 * to every document before it is executed (the API's route takes every GET and POST on /graphql);</li>
 * <li>{@link PlainObjectCompletion} completes the read model's objects directly, errors still handled by SmallRye's
 * exception handler.</li>
 * </ul>
 */
public class AtlasGraphQLSetup implements EventingService {

    /** Always on: the API's answers and speed rely on it. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.preparsedDocumentProvider(new CheckedDocuments())
                .instrumentation(SimplePerformantInstrumentation.INSTANCE)
                .queryExecutionStrategy(new PlainObjectCompletion(new ExceptionHandler(),
                        PropertyFieldFetchers::isPlainGetter));
    }
}
