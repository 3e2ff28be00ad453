package org.amuratlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cost in {@code extensions.cost} (the API counts it in one walk over the document) is what graphql-java's own
 * MaxQueryComplexity and MaxQueryDepth instrumentations count: fragments spread, {@code __typename} free, skipped
 * fields left out.
 */
@QuarkusTest
class QueryCostTest {

    @Inject
    GraphQLSchema schema;

    @ParameterizedTest
    @ValueSource(strings = {
            "{ themes { slug } }",
            "{ projects(limit: 100) { totalCount items { slug name status places { slug nameEn nameRu nameZh }"
                    + " themes { slug } citations { locator source { slug } } events { slug date } } } }",
            "{ __typename themes { __typename slug } }",
            "{ projects { items { ...P places { ... on Place { slug } } } } } fragment P on Project { name status }",
            "{ projects { items { slug places @skip(if: true) { slug } themes @include(if: true) { slug } } } }",
            "{ a: theme(slug: \"energy\") { title } b: theme(slug: \"history\") { title projects { slug places { slug } } } }",
    })
    void theCostIsCountedAsGraphQLJavaCountsIt(String document) {
        JsonPath answer = GraphQLClient.post(document).statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), document);
        int complexity = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator((field, childComplexity) -> 1 + childComplexity)
                .schema(schema).document(Parser.parse(document)).variables(CoercedVariables.emptyVariables())
                .build().calculate();
        int depth = QueryTraverser.newQueryTraverser().schema(schema).document(Parser.parse(document))
                .coercedVariables(CoercedVariables.emptyVariables()).build()
                .reducePreOrder((field, deepest) -> Math.max(depth(field), deepest), 0);
        assertEquals(complexity, answer.getInt("extensions.cost.complexity"), document);
        assertEquals(depth, answer.getInt("extensions.cost.depth"), document);
    }

    private static int depth(QueryVisitorFieldEnvironment field) {
        int depth = 1;
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null;
                parent = parent.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }
}
