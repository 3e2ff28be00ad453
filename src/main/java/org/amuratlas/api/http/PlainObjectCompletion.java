package org.amuratlas.api.http;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * graphql-java's query strategy with a direct path for the objects of the read model.
 * <p>
 * graphql-java completes every field of every object through the same general machinery: a step info, a path,
 * parameters, a fetched-value wrapper, a value info and often a future per field, and the instrumentation's calls.
 * For the catalogue of 48 projects with their places, themes, citations and events that was about 40 % of the CPU
 * time of a document not seen before, and most of its 3 MB of garbage. The objects below the root fields are plain
 * getters over the immutable read model ({@code api/PropertyFieldFetchers}), so this strategy reads such an object's
 * selected fields itself and completes their values (lists, scalars, enums, nested objects) into the same maps and
 * lists graphql-java builds, in the same order.
 * <p>
 * Whatever it does not treat exactly as graphql-java would makes it hand the object back to graphql-java, which
 * then completes it field by field as usual, errors included: a null in a non-null field, a getter that throws, a
 * value a scalar or enum cannot serialize, an interface or union, a field with arguments, a field not read by a
 * plain getter, a wrapped or future value. It does not run at all when an instrumentation watches fields, data
 * loaders are registered, or incremental delivery is on.
 */
final class PlainObjectCompletion extends AsyncExecutionStrategy {

    /** Returned by a completion step that hands its object back to graphql-java. */
    private static final Object HAND_BACK = new Object();

    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw new IllegalStateException("a plain getter asked for its environment");
    };

    private final Predicate<DataFetcher<?>> plainGetter;

    /** Per object type and field name: the plain getter that reads it, if it is one. */
    private final Map<GraphQLObjectType, Map<String, Optional<LightDataFetcher<?>>>> getters = new ConcurrentHashMap<>();

    PlainObjectCompletion(DataFetcherExceptionHandler exceptionHandler, Predicate<DataFetcher<?>> plainGetter) {
        super(exceptionHandler);
        this.plainGetter = plainGetter;
    }

    @Override
    protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters,
            GraphQLObjectType type, Object source) {
        if (context.getInstrumentation() == SimplePerformantInstrumentation.INSTANCE
                && !context.hasIncrementalSupport()
                && context.getDataLoaderRegistry().getDataLoaders().isEmpty()) {
            Object completed = new Completion(context).object(type, parameters.getField(), source);
            if (completed != HAND_BACK) {
                return completed;
            }
        }
        return super.completeValueForObject(context, parameters, type, source);
    }

    /** One object's completion, with each sub-selection planned once for all the items of a list. */
    private final class Completion {

        private final ExecutionContext context;
        private final Map<MergedField, Plan> plans = new IdentityHashMap<>();

        Completion(ExecutionContext context) {
            this.context = context;
        }

        Object object(GraphQLObjectType type, MergedField field, Object source) {
            Plan plan = plans.get(field);
            if (plan == null) {
                plan = plan(type, collect(type, field));
                plans.put(field, plan);
            }
            if (plan.handBack()) {
                return HAND_BACK;
            }
            Map<String, Object> result = new LinkedHashMap<>(plan.keys.length * 2);
            for (int i = 0; i < plan.keys.length; i++) {
                if (plan.getters[i] == null) { // __typename
                    result.put(plan.keys[i], type.getName());
                    continue;
                }
                Object value;
                try {
                    value = plan.getters[i].get(plan.definitions[i], source, NO_ENVIRONMENT);
                } catch (Exception e) {
                    return HAND_BACK; // graphql-java fetches it again and reports the error
                }
                Object completed = value(plan.definitions[i].getType(), plan.fields[i], value);
                if (completed == HAND_BACK) {
                    return HAND_BACK;
                }
                result.put(plan.keys[i], completed);
            }
            return result;
        }

        /** The fields to read, or a plan that hands back when one of them is not a plain getter without arguments. */
        private Plan plan(GraphQLObjectType type, MergedSelectionSet selection) {
            List<MergedField> subFields = selection.getSubFieldsList();
            int size = subFields.size();
            Plan plan = new Plan(new String[size], new MergedField[size], new GraphQLFieldDefinition[size],
                    new LightDataFetcher<?>[size]);
            for (int i = 0; i < size; i++) {
                MergedField sub = subFields.get(i);
                plan.keys[i] = sub.getResultKey();
                plan.fields[i] = sub;
                if ("__typename".equals(sub.getName())) {
                    continue;
                }
                if (!sub.getArguments().isEmpty()) {
                    return Plan.HAND_BACK;
                }
                GraphQLFieldDefinition definition = type.getFieldDefinition(sub.getName());
                LightDataFetcher<?> getter = definition == null ? null : getter(type, definition);
                if (getter == null) {
                    return Plan.HAND_BACK;
                }
                plan.definitions[i] = definition;
                plan.getters[i] = getter;
            }
            return plan;
        }

        private Object value(GraphQLOutputType type, MergedField field, Object fetched) {
            Object value = context.getValueUnboxer().unbox(fetched);
            if (value instanceof DataFetcherResult<?> || value instanceof CompletionStage<?>) {
                return HAND_BACK;
            }
            boolean nonNull = type instanceof GraphQLNonNull;
            GraphQLType unwrapped = nonNull ? ((GraphQLNonNull) type).getWrappedType() : type;
            if (value == null) {
                return nonNull ? HAND_BACK : null;
            }
            if (unwrapped instanceof GraphQLList list) {
                if (!(value instanceof Iterable<?> items)) {
                    return HAND_BACK;
                }
                GraphQLOutputType itemType = (GraphQLOutputType) list.getWrappedType();
                List<Object> completed = new ArrayList<>(items instanceof Collection<?> c ? c.size() : 8);
                for (Object item : items) {
                    Object completedItem = value(itemType, field, item);
                    if (completedItem == HAND_BACK) {
                        return HAND_BACK;
                    }
                    completed.add(completedItem);
                }
                return completed;
            }
            Object serialized;
            try {
                if (unwrapped instanceof GraphQLScalarType scalar) {
                    serialized = scalar.getCoercing().serialize(value, context.getGraphQLContext(),
                            context.getLocale());
                } else if (unwrapped instanceof GraphQLEnumType enumType) {
                    serialized = enumType.serialize(value, context.getGraphQLContext(), context.getLocale());
                } else if (unwrapped instanceof GraphQLObjectType objectType) {
                    return object(objectType, field, value);
                } else {
                    return HAND_BACK; // an interface or a union: graphql-java resolves the type
                }
            } catch (CoercingSerializeException e) {
                return HAND_BACK;
            }
            return serialized == null && nonNull ? HAND_BACK : serialized;
        }

        private MergedSelectionSet collect(GraphQLObjectType type, MergedField field) {
            FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
                    .schema(context.getGraphQLSchema())
                    .objectType(type)
                    .fragments(context.getFragmentsByName())
                    .variables(context.getCoercedVariables().toMap())
                    .graphQLContext(context.getGraphQLContext())
                    .build();
            return fieldCollector.collectFields(parameters, field, false);
        }

        private LightDataFetcher<?> getter(GraphQLObjectType type, GraphQLFieldDefinition definition) {
            // the schema never changes, so what reads a field is looked up once per process
            return getters.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                    .computeIfAbsent(definition.getName(), name -> {
                        DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry()
                                .getDataFetcher(FieldCoordinates.coordinates(type, definition), definition);
                        return plainGetter.test(fetcher) && fetcher instanceof LightDataFetcher<?> light
                                ? Optional.of(light) : Optional.empty();
                    }).orElse(null);
        }
    }

    /** The sub-fields of one selection on one type: result keys, fields, definitions, getters (null: __typename). */
    private record Plan(String[] keys, MergedField[] fields, GraphQLFieldDefinition[] definitions,
            LightDataFetcher<?>[] getters) {

        static final Plan HAND_BACK = new Plan(null, null, null, null);

        boolean handBack() {
            return keys == null;
        }
    }
}
