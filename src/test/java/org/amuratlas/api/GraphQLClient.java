package org.amuratlas.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Posts a GraphQL document to /graphql the way a front-end client would. */
final class GraphQLClient {

    private GraphQLClient() {
    }

    static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then();
    }
}
