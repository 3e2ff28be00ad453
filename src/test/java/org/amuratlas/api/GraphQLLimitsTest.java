package org.amuratlas.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile queries are refused with a GraphQL error; GraphiQL's own introspection still works. */
@QuarkusTest
class GraphQLLimitsTest {

    @Test
    void graphiqlIntrospectionQueryIsAnswered() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/introspection.graphql")) {
            String query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            GraphQLClient.post(query).statusCode(200)
                    .body("errors", nullValue())
                    .body("data.__schema.types.size()", greaterThan(20));
        }
    }

    @Test
    void deeplyNestedQueryIsRefused() {
        StringBuilder query = new StringBuilder("{ projects { items { places { projects { places { projects { places {");
        query.append(" projects { places { projects { places { projects { places { projects { places { slug }");
        query.append(" } } } } } } } } } } } } } } }");
        GraphQLClient.post(query.toString()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("maximum query depth exceeded"));
    }

    @Test
    void overlyComplexQueryIsRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 400; i++) {
            query.append(" a").append(i).append(": themes { slug title intro }");
        }
        query.append(" }");
        GraphQLClient.post(query.toString()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("maximum query complexity exceeded"));
    }

    /**
     * A document of many tiny operations is long but costs nothing to run (each is {@code query Qn { __typename }},
     * five tokens, depth 1, complexity 0), so only the 5,000-token limit can refuse it.
     */
    @Test
    void documentsOverFiveThousandTokensAreRefusedByTheParser() {
        postFirstOperation(operations(999)).statusCode(200) // 4,995 tokens and the end of the document
                .body("errors", nullValue())
                .body("data.__typename", org.hamcrest.Matchers.equalTo("Query"));
        postFirstOperation(operations(1001)).statusCode(200) // 5,005 tokens
                .body("data", nullValue())
                .body("errors[0].extensions.classification", org.hamcrest.Matchers.equalTo("InvalidSyntax"))
                .body("errors[0].message", containsString("5,000 'grammar' tokens"));
        // 5,200 tokens (graphql-java's own default limit is 15,000)
        postFirstOperation(operations(1040)).statusCode(200)
                .body("errors[0].message", containsString("parsing has been cancelled"));
    }

    /**
     * Comments and string literals are free text that no token limit bounds, and parsed documents are kept for
     * reuse: a document is refused before it is parsed when longer than 32,768 characters.
     */
    @Test
    void documentsOverTheLengthLimitAreRefusedBeforeTheyAreParsed() {
        String query = "{ themes { slug } }\n";
        String longest = query + "#" + "x".repeat(32_768 - query.length() - 1);
        GraphQLClient.post(longest).statusCode(200)
                .body("errors", nullValue())
                .body("data.themes.size()", greaterThan(7));
        GraphQLClient.post(longest + "x").statusCode(413)
                .body("data", nullValue())
                .body("errors[0].message", containsString("32769 characters long"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_REQUEST"));
    }

    private static io.restassured.response.ValidatableResponse postFirstOperation(String document) {
        return io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .accept(io.restassured.http.ContentType.JSON)
                .body(Map.of("query", document, "operationName", "Q0")).when().post("/graphql").then();
    }

    private static String operations(int count) {
        StringBuilder document = new StringBuilder();
        for (int i = 0; i < count; i++) {
            document.append("query Q").append(i).append(" { __typename } ");
        }
        return document.toString();
    }

    @Test
    void injectionInArgumentsIsJustAnUnknownSlug() {
        GraphQLClient.post("{ project(slug: \"x' OR '1'='1\") { slug } }").statusCode(200)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
        GraphQLClient.post("{ projects(filter: { text: \"%' ; DROP TABLE project; --\" }) { totalCount } }")
                .statusCode(200)
                .body("data.projects.totalCount", org.hamcrest.Matchers.equalTo(0));
        GraphQLClient.post("{ projects { totalCount } }").statusCode(200)
                .body("data.projects.totalCount", greaterThan(40));
    }

    @Test
    void getParametersAreDecodedOnceAndMalformedVariablesAreA400() {
        // "%" encoded once as %25 arrives as "%" (it used to be decoded twice and fail)
        io.restassured.RestAssured.given().urlEncodingEnabled(false)
                .when().get("/graphql?query=%7Bsearch(text%3A%22100%25%22)%7Bslug%7D%7D").then().statusCode(200)
                .body("data.search", org.hamcrest.Matchers.notNullValue());
        io.restassured.RestAssured.given().urlEncodingEnabled(false)
                .when().get("/graphql?query=%7Bthemes%7Bslug%7D%7D&variables=%7Bnope").then().statusCode(400)
                .contentType(containsString("application/json"))
                .body("errors[0].message", containsString("must be a JSON object"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_REQUEST"));
        io.restassured.RestAssured.given().queryParam("query", "{ themes { slug } }")
                .when().get("/graphql").then().statusCode(200)
                .body("data.themes.size()", greaterThan(7));
    }
}
