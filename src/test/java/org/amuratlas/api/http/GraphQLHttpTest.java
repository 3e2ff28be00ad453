package org.amuratlas.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GraphQL over HTTP as the spec lays it out: media types, request errors (400/405/406/415), document errors (400
 * under application/graphql-response+json, 200 under application/json), parameters decoded once, Int arguments held
 * to 32-bit whole numbers, and the cost in every answer's extensions.
 */
@QuarkusTest
class GraphQLHttpTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";
    private static final String THEMES = "{ themes { slug } }";

    static ValidatableResponse post(String accept, Object body) {
        return given().header("Content-Type", JSON).header("Accept", accept).body(body)
                .when().post("/graphql").then();
    }

    static ValidatableResponse get(String accept, Map<String, String> parameters) {
        return given().header("Accept", accept).queryParams(parameters).when().get("/graphql").then();
    }

    @Test
    void answersInTheMediaTypeTheClientAsksFor() {
        post(JSON, Map.of("query", THEMES)).statusCode(200).contentType(startsWith(JSON))
                .body("data.themes.size()", greaterThan(7));
        post(GRAPHQL_RESPONSE, Map.of("query", THEMES)).statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.themes.size()", greaterThan(7));
        post("*/*", Map.of("query", THEMES)).statusCode(200).contentType(startsWith(JSON));
        post(GRAPHQL_RESPONSE + ", " + JSON + ";q=0.9", Map.of("query", THEMES)).contentType(startsWith(GRAPHQL_RESPONSE));
        post(JSON + ", " + GRAPHQL_RESPONSE + ";q=0.5", Map.of("query", THEMES)).contentType(startsWith(JSON));
        given().header("Content-Type", JSON).body(Map.of("query", THEMES)).when().post("/graphql").then()
                .statusCode(200).contentType(startsWith(JSON)); // no Accept: application/json, for legacy clients
        post("text/html", Map.of("query", THEMES)).statusCode(406).body("errors[0].message", containsString("Accept"));
    }

    @Test
    void aBodyThatIsNotAGraphQLRequestIsA400() {
        for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
            post(accept, "{\"query\": \"{ themes { slug } ").statusCode(400)
                    .body("errors[0].message", containsString("not valid JSON")).body("$", not(hasKey("data")));
            post(accept, "[1, 2]").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
            post(accept, "{\"variables\": {}}").statusCode(400).body("errors[0].message", containsString("no 'query'"));
        }
        given().header("Content-Type", JSON).when().post("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("empty"));
    }

    @Test
    void parametersOfTheWrongJsonTypeAreA400WithAGraphQLError() {
        for (Object variables : List.of("x", 5, true, List.of(1))) {
            post(JSON, Map.of("query", THEMES, "variables", variables)).statusCode(400)
                    .body("errors[0].message", equalTo("'variables' must be a JSON object or null."))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        for (Object operationName : List.of(5, false, Map.of("a", 1), List.of("Q"))) {
            post(JSON, Map.of("query", THEMES, "operationName", operationName)).statusCode(400)
                    .body("errors[0].message", equalTo("'operationName' must be a string or null."));
        }
        post(JSON, Map.of("query", 5)).statusCode(400).body("errors[0].message", equalTo("'query' must be a string."));
        post(JSON, Map.of("query", THEMES, "extensions", "x")).statusCode(400)
                .body("errors[0].message", containsString("'extensions' must be a JSON object"));
        // null is "not given"
        post(JSON, "{\"query\": \"{ themes { slug } }\", \"variables\": null, \"operationName\": null,"
                + " \"extensions\": null}").statusCode(200).body("errors", nullValue());
    }

    @Test
    void onlyJsonBodiesAreAccepted() {
        given().header("Content-Type", "text/plain").body("{\"query\": \"{ themes { slug } }\"}").when()
                .post("/graphql").then().statusCode(415).body("errors[0].message", containsString("application/json"));
        given().header("Content-Type", "application/x-www-form-urlencoded").body("query=%7B+themes+%7B+slug+%7D+%7D")
                .when().post("/graphql").then().statusCode(415);
        given().header("Content-Type", JSON + "; charset=utf-8").body(Map.of("query", "{ theme(slug: \"history\") { title } }"))
                .when().post("/graphql").then().statusCode(200).body("data.theme.title", notNullValue());
    }

    @Test
    void syntaxErrorsAre400UnderGraphQLResponseJsonAnd200UnderJson() {
        post(GRAPHQL_RESPONSE, Map.of("query", "{ themes { slug ")).statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"))
                .body("errors[0].locations[0].line", equalTo(1));
        post(JSON, Map.of("query", "{ themes { slug ")).statusCode(200).body("$", not(hasKey("data")))
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"));
    }

    @Test
    void validationErrorsAre400UnderGraphQLResponseJsonAnd200UnderJson() {
        post(GRAPHQL_RESPONSE, Map.of("query", "{ noSuchField }")).statusCode(400).body("$", not(hasKey("data")))
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].extensions.validationErrorType", equalTo("FieldUndefined"));
        post(JSON, Map.of("query", "{ noSuchField }")).statusCode(200)
                .body("errors[0].extensions.validationErrorType", equalTo("FieldUndefined"));
        post(GRAPHQL_RESPONSE, Map.of("query", "query A { themes { slug } } query B { sources { slug } }"))
                .statusCode(400).body("errors[0].message", containsString("operation name"));
        post(GRAPHQL_RESPONSE, Map.of("query", "query A { themes { slug } }", "operationName", "B")).statusCode(400)
                .body("errors[0].message", containsString("B"));
    }

    @Test
    void variablesThatDoNotFitTheirTypesAreRefusedBeforeExecution() {
        String query = "query T($slug: String!) { theme(slug: $slug) { slug } }";
        post(GRAPHQL_RESPONSE, Map.of("query", query, "variables", Map.of())).statusCode(400)
                .body("$", not(hasKey("data"))).body("errors[0].message", containsString("slug"));
        post(JSON, Map.of("query", query, "variables", Map.of())).statusCode(200).body("$", not(hasKey("data")));
        post(JSON, Map.of("query", query, "variables", Map.of("slug", "energy"))).statusCode(200)
                .body("data.theme.slug", equalTo("energy"));
    }

    @Test
    void intArgumentsMustBeThirtyTwoBitWholeNumbers() {
        String limit = "query P($limit: Int) { projects(limit: $limit) { items { slug } } }";
        for (Object notAnInt : List.of(1.5, 99999999999L, "5", 2147483648L)) {
            post(GRAPHQL_RESPONSE, Map.of("query", limit, "variables", Map.of("limit", notAnInt))).statusCode(400)
                    .body("$", not(hasKey("data")))
                    .body("errors[0].message", containsString("must be an Int"))
                    .body("errors[0].extensions.code", equalTo("BAD_ARGUMENT"));
        }
        for (String literal : List.of("1.5", "99999999999", "\"5\"")) {
            post(GRAPHQL_RESPONSE, Map.of("query", "{ projects(limit: " + literal + ") { items { slug } } }"))
                    .statusCode(400).body("$", not(hasKey("data"))).body("errors[0].message", containsString("Int"));
        }
        post(GRAPHQL_RESPONSE, Map.of("query", "{ projects(filter: { fromYear: 99999999999 }) { totalCount } }"))
                .statusCode(400).body("errors[0].message", containsString("'fromYear' must be an Int"));
        post(GRAPHQL_RESPONSE, Map.of("query", "query P($f: ProjectFilter) { projects(filter: $f) { totalCount } }",
                "variables", Map.of("f", Map.of("toYear", 2.5)))).statusCode(400)
                .body("errors[0].message", containsString("'$f.toYear' must be an Int"));
        // whole numbers in range still work, including 5.0 as JSON writes it
        post(JSON, Map.of("query", limit, "variables", Map.of("limit", 5.0))).statusCode(200)
                .body("data.projects.items.size()", equalTo(5));
        post(JSON, Map.of("query", "{ projects(limit: 3) { items { slug } } }")).statusCode(200)
                .body("data.projects.items.size()", equalTo(3));
    }

    @Test
    void getParametersAreDecodedOnceAndTakenAsSent() {
        // "+" and "%" arrive as sent (a second URL decoding turned "a+b" into "a b" and failed on "%")
        get(JSON, Map.of("query", "{ theme(slug: \"a+b\") { slug } }")).statusCode(200)
                .body("errors[0].message", containsString("a+b"));
        get(JSON, Map.of("query", "{ search(text: \"100%\") { slug } }")).statusCode(200)
                .body("data.search", notNullValue());
        // line breaks are kept, so a comment ends at the end of its line
        get(JSON, Map.of("query", "# the themes\nquery { themes { slug } }")).statusCode(200)
                .body("data.themes.size()", greaterThan(7));
        // operationName picks the operation
        get(JSON, Map.of("query", "query A { themes { slug } } query B { allSeries { slug } }", "operationName", "B"))
                .statusCode(200).body("data.allSeries.size()", greaterThan(0)).body("data", not(hasKey("themes")));
        get(JSON, Map.of("query", "query T($s: String!) { theme(slug: $s) { slug } }", "variables", "{\"s\":\"energy\"}"))
                .statusCode(200).body("data.theme.slug", equalTo("energy"));
        get(JSON, Map.of("query", THEMES, "variables", "{nope")).statusCode(400)
                .body("errors[0].message", containsString("must be a JSON object"));
        get(JSON, Map.of()).statusCode(400).body("errors[0].message", containsString("no 'query'"));
    }

    @Test
    void aMutationOverGetIs405() {
        get(GRAPHQL_RESPONSE, Map.of("query", "mutation { __typename }")).statusCode(405).header("Allow", "POST")
                .body("$", not(hasKey("data"))).body("errors[0].message", containsString("POST"));
        get(JSON, Map.of("query", "mutation M { __typename }", "operationName", "M")).statusCode(405);
    }

    @Test
    void everyAnswerCarriesItsCostAgainstTheLimits() {
        post(JSON, Map.of("query", "{ themes { slug projects { slug places { slug } } } }")).statusCode(200)
                .body("extensions.cost.depth", equalTo(4))
                .body("extensions.cost.maxDepth", equalTo(15))
                .body("extensions.cost.complexity", equalTo(6)) // each field counts 1 plus its children
                .body("extensions.cost.maxComplexity", equalTo(1000));
        get(JSON, Map.of("query", "{ a: themes { slug } b: themes { slug title } }")).statusCode(200)
                .body("extensions.cost.complexity", equalTo(5)).body("extensions.cost.depth", equalTo(2));
        // @skip counts: the skipped field costs nothing
        post(JSON, Map.of("query", "query Q($s: Boolean!) { themes { slug title @skip(if: $s) } }",
                "variables", Map.of("s", true))).statusCode(200).body("extensions.cost.complexity", equalTo(2));
    }

    @Test
    void queriesOverALimitAreRefusedWithTheirCost() {
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 400; i++) {
            wide.append(" a").append(i).append(": themes { slug title intro }");
        }
        post(GRAPHQL_RESPONSE, Map.of("query", wide.append(" }").toString())).statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].message", equalTo("maximum query complexity exceeded 1600 > 1000"))
                .body("extensions.cost.complexity", equalTo(1600));
        post(JSON, Map.of("query", nested(16))).statusCode(200).body("$", not(hasKey("data")))
                .body("errors[0].message", equalTo("maximum query depth exceeded 16 > 15"))
                .body("extensions.cost.depth", equalTo(16));
        // at the limit it runs (a chain through the introspection types, cheap to execute)
        String fifteen = "{ __type(name: \"Query\") { fields { type {" + " ofType {".repeat(11) + " name"
                + " }".repeat(14) + " }";
        post(JSON, Map.of("query", fifteen)).statusCode(200).body("errors", nullValue())
                .body("extensions.cost.depth", equalTo(15));
    }

    /** projects → items → places → projects → places … → slug, {@code depth} fields deep. */
    static String nested(int depth) {
        StringBuilder query = new StringBuilder("{ projects(limit: 1) { items {");
        int open = 2;
        for (int level = 3; level < depth; level++, open++) {
            query.append(level % 2 == 1 ? " places {" : " projects {");
        }
        return query.append(" slug").append(" }".repeat(open)).append(" }").toString();
    }
}
