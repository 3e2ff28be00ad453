package org.amuratlas.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The direct completion gives what graphql-java's own strategy gives, value for value, in the same order, with the
 * same errors: run over a small schema of plain objects, each document is executed by both strategies and the
 * answers are compared as text (order included); the direct path is shown to have run where it should.
 */
class PlainObjectCompletionTest {

    private static final String SDL = """
            type Query {
              projects: [Project!]!
              project(slug: String!): Project
              broken: Broken
              nodes: [Node]
            }
            type Project {
              slug: String!
              name: String
              status: Status!
              years: [Int]
              share: Float
              places: [Place!]!
              lead: Place
              mentions(times: Int): Int
            }
            type Place { slug: String! name(style: Int): String! nickname: String }
            enum Status { PLANNED OPERATING }
            type Broken { fine: String throws: String missing: String! places: [Place!]! }
            interface Node { id: String! }
            type Thing implements Node { id: String! label: String }
            """;

    public enum Status {
        PLANNED, OPERATING
    }

    public record Place(String slug, String name, String nickname) {
    }

    public record Project(String slug, String name, Status status, List<Integer> years, Double share,
            List<Place> places, Place lead) {
    }

    public record Thing(String id, String label) {
    }

    /** Getters that misbehave: one throws, one gives null for a non-null field, one gives a null list item. */
    public static final class Broken {
        public String getFine() {
            return "fine";
        }

        public String getThrows() {
            throw new IllegalStateException("this getter fails");
        }

        public String getMissing() {
            return null;
        }

        public List<Place> getPlaces() {
            List<Place> places = new ArrayList<>();
            places.add(HEIHE);
            places.add(null);
            return places;
        }
    }

    private static final Place HEIHE = new Place("heihe", "Heihe", null);
    private static final Place BLAGOVESHCHENSK = new Place("blagoveshchensk", "Blagoveshchensk", "Blago");
    private static final List<Project> PROJECTS = List.of(
            new Project("heihe-bridge", "Heihe–Blagoveshchensk bridge", Status.OPERATING, List.of(2016, 2019), 1.5,
                    List.of(HEIHE, BLAGOVESHCHENSK), HEIHE),
            new Project("grain-corridor", null, Status.PLANNED, null, null, List.of(), null),
            new Project("power-of-siberia", "Power of Siberia \"1\"\n", Status.OPERATING,
                    java.util.Arrays.asList(2014, null), 38.0E9, List.of(BLAGOVESHCHENSK), BLAGOVESHCHENSK));

    /** Documents that cover what the direct path handles and what it hands back. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{ projects { slug name status years share } }",
            "{ a: projects { b: slug c: slug places { name slug nickname } } }",
            "{ projects { __typename slug places { __typename slug } lead { name } } }",
            "{ projects { ...P places { ... on Place { slug } } } } fragment P on Project { name status }",
            "query($all: Boolean!) { projects { slug name @include(if: $all) lead @skip(if: $all) { slug } } }",
            "{ projects { slug places { slug } places { name } } }",
            "{ projects { slug mentions(times: 2) } }",
            "{ project(slug: \"x\") { slug lead { slug } } }",
            "{ broken { fine } }",
            "{ broken { fine throws } }",
            "{ broken { fine missing } }",
            "{ broken { places { slug } } }",
            "{ nodes { id ... on Thing { label } } }",
    })
    void answersAsGraphQLJavaDoes(String document) {
        Set<String> plainFields = new HashSet<>();
        ExecutionResult direct = execute(document, new PlainObjectCompletion(new SimpleDataFetcherExceptionHandler(),
                recording(plainFields)), SimplePerformantInstrumentation.INSTANCE);
        ExecutionResult standard = execute(document, new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()),
                SimplePerformantInstrumentation.INSTANCE);
        assertEquals(text(standard), text(direct), document);
        if (document.contains("broken") || document.contains("nodes") || document.contains("project(")) {
            return;
        }
        assertTrue(plainFields.contains("slug"), "the direct path ran for " + document + ": " + plainFields);
    }

    @Test
    void theDirectPathReadsEveryObjectOfAPlainSelection() {
        Set<String> plainFields = new HashSet<>();
        ExecutionResult direct = execute("{ projects { slug years places { slug nickname } lead { name } } }",
                new PlainObjectCompletion(new SimpleDataFetcherExceptionHandler(), recording(plainFields)),
                SimplePerformantInstrumentation.INSTANCE);
        assertTrue(direct.getErrors().isEmpty(), direct.getErrors().toString());
        assertEquals(Set.of("slug", "years", "places", "nickname", "lead", "name"), plainFields);
        Map<String, Object> data = direct.getData();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> projects = (List<Map<String, Object>>) data.get("projects");
        assertEquals(List.of("slug", "years", "places", "lead"), new ArrayList<>(projects.get(0).keySet()));
        assertEquals(java.util.Arrays.asList(2014, null), projects.get(2).get("years"));
    }

    @Test
    void aFieldWithArgumentsOrAnotherFetcherIsLeftToGraphQLJava() {
        Set<String> asked = new HashSet<>();
        String document = "{ projects { slug places { slug name(style: 2) } } }";
        ExecutionResult direct = execute(document,
                new PlainObjectCompletion(new SimpleDataFetcherExceptionHandler(), recording(asked)),
                SimplePerformantInstrumentation.INSTANCE);
        assertTrue(direct.getErrors().isEmpty(), direct.getErrors().toString());
        assertTrue(asked.contains("slug"), "the projects are read directly: " + asked);
        assertFalse(asked.contains("name"), "a field with arguments is not read directly: " + asked);
        assertEquals(text(execute(document, new AsyncExecutionStrategy(), SimplePerformantInstrumentation.INSTANCE)),
                text(direct));
    }

    @Test
    void anInstrumentationThatWatchesFieldsTurnsTheDirectPathOff() {
        Set<String> asked = new HashSet<>();
        ExecutionResult result = execute("{ projects { slug } }",
                new PlainObjectCompletion(new SimpleDataFetcherExceptionHandler(), recording(asked)),
                new SimplePerformantInstrumentation() {
                    // watches fields (e.g. a tracer): every field must go through graphql-java's own path
                });
        assertTrue(result.getErrors().isEmpty());
        assertTrue(asked.isEmpty(), "the direct path ran under an instrumentation");
        assertNotNull(result.getData());
    }

    private static ExecutionResult execute(String document, ExecutionStrategy strategy,
            graphql.execution.instrumentation.Instrumentation instrumentation) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                // as the atlas reads its types: graphql-java's property fetcher per field (its default is another)
                .codeRegistry(GraphQLCodeRegistry.newCodeRegistry().defaultDataFetcher(
                        environment -> PropertyDataFetcher.fetching(environment.getFieldDefinition().getName())))
                .type("Query", type -> type
                        .dataFetcher("projects", environment -> PROJECTS)
                        .dataFetcher("project", environment -> null)
                        .dataFetcher("broken", environment -> new Broken())
                        .dataFetcher("nodes", environment -> List.of(new Thing("t1", "first"), new Thing("t2", null))))
                .type("Project", type -> type.dataFetcher("mentions",
                        (DataFetcher<Integer>) environment -> environment.<Integer>getArgument("times") * 2))
                .type("Node", type -> type.typeResolver(environment -> environment.getSchema().getObjectType("Thing")))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        GraphQL graphQL = GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy).instrumentation(instrumentation)
                .build();
        return graphQL.execute(ExecutionInput.newExecutionInput().query(document)
                .variables(Map.of("all", true)).build());
    }

    /** Accepts graphql-java's property fetchers as plain getters, noting the properties asked about. */
    private static java.util.function.Predicate<DataFetcher<?>> recording(Set<String> asked) {
        return fetcher -> {
            if (fetcher instanceof PropertyDataFetcher<?> property) {
                asked.add(property.getPropertyName());
                return true;
            }
            return false;
        };
    }

    /** The answer as JSON text, key order included, errors with their messages and paths. */
    private static String text(ExecutionResult result) {
        return result.toSpecification().toString();
    }
}
