package org.amuratlas.api;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.function.Supplier;

/**
 * Reads the fields of the atlas's GraphQL types with graphql-java's own property fetcher.
 * <p>
 * SmallRye reads every field of every object through its FieldDataFetcher, which first rebuilds a per-field request
 * context (the selection set twice as JSON, the path, the arguments): for the catalogue of 48 projects with their
 * places, themes, citations and events that happens some two thousand times per request, and it was the largest
 * cost of the query once the database was out of the way. The types in this package are plain getters over the
 * immutable read model, with no formatting or adapter annotations and no use of that context, so graphql-java's
 * {@link PropertyDataFetcher} does the same work directly (and lets graphql-java skip building a
 * DataFetchingEnvironment per field). Registered through SmallRye's {@link DataFetcherService} SPI in
 * META-INF/services; every other field keeps SmallRye's fetcher.
 */
public class PropertyFieldFetchers implements DataFetcherService {

    private static final String OWN_TYPES = PropertyFieldFetchers.class.getPackageName() + ".";

    /** Before Quarkus's own service (priority 1), which has no field fetchers anyway. */
    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return owner.getClassName().startsWith(OWN_TYPES) ? new PropertyFetcher<>(field.getPropertyName()) : null;
    }

    /** Whether a field is read by one of these plain getters (and so has no arguments, context or side effect). */
    public static boolean isPlainGetter(DataFetcher<?> fetcher) {
        return fetcher instanceof PropertyFetcher<?>;
    }

    /** graphql-java's property fetcher, in the shape SmallRye's schema builder takes. */
    static final class PropertyFetcher<T> implements PlugableDataFetcher<T>, LightDataFetcher<T> {

        private final PropertyDataFetcher<T> property;

        PropertyFetcher(String propertyName) {
            this.property = PropertyDataFetcher.fetching(propertyName);
        }

        @Override
        public T get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            return property.get(field, source, environment);
        }

        @Override
        public T get(DataFetchingEnvironment environment) {
            return property.get(environment);
        }
    }
}
