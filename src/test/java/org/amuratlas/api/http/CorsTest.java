package org.amuratlas.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A browser app on any origin can read the API and the downloads (public, read-only data): the preflight is answered
 * and may be kept for a day, answers carry {@code Access-Control-Allow-Origin: *} (not the echoed origin, so shared
 * caches need no {@code Vary: Origin}) and expose the ETag.
 */
@QuarkusTest
class CorsTest {

    private static final String ORIGIN = "https://dashboard.example.org";

    @Test
    void thePreflightForAJsonPostIsAnsweredAndMayBeKept() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("content-type"))
                .header("Access-Control-Max-Age", "86400");
    }

    @Test
    void graphqlAnswersAreReadableFromAnyOriginWithTheirETag() {
        given().header("Origin", ORIGIN).header("Content-Type", "application/json")
                .body(Map.of("query", "{ themes { slug } }")).when().post("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("data.themes.size()", greaterThan(7));
        given().header("Origin", "http://localhost:5173").queryParam("query", "{ themes { slug } }")
                .when().get("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", not(containsString("Origin")));
    }

    @Test
    void downloadsAndTheSchemaAreReadableFromAnyOrigin() {
        for (String download : List.of("/data/heilongjiang-russia-trade.csv",
                "/data/heilongjiang-russia-trade.metadata.json", "/graphql/schema.graphql")) {
            given().header("Origin", ORIGIN).when().get(download).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*");
        }
        // twice: the second answer comes from the page cache, before the REST layer
        given().header("Origin", ORIGIN).when().get("/data/heilongjiang-russia-trade.csv").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers",
                        containsString("ETag"));
    }

    @Test
    void requestsWithoutAnOriginGetNoCorsHeaders() {
        given().queryParam("query", "{ themes { slug } }").when().get("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(null));
    }
}
