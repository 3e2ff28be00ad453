package org.amuratlas.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operator can narrow the origins at run time (QUARKUS_HTTP_CORS_ORIGINS with
 * QUARKUS_HTTP_CORS_RETURN_EXACT_ORIGINS=true): an allowed origin is echoed back, any other is refused, and GraphQL
 * answers then vary on Origin for shared caches.
 */
@QuarkusTest
@TestProfile(CorsRestrictedOriginsTest.OneOrigin.class)
class CorsRestrictedOriginsTest {

    public static class OneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // both, as the README says: Quarkus echoes allowed origins only with return-exact-origins
            return Map.of("quarkus.http.cors.origins", "https://friend.example",
                    "quarkus.http.cors.return-exact-origins", "true");
        }
    }

    @Test
    void onlyTheConfiguredOriginMayRead() {
        given().header("Origin", "https://friend.example").queryParam("query", "{ themes { slug } }")
                .when().get("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://friend.example")
                .header("Vary", containsString("Origin"));
        given().header("Origin", "https://stranger.example").queryParam("query", "{ themes { slug } }")
                .when().get("/graphql").then().statusCode(403);
        given().header("Origin", "https://stranger.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then().statusCode(403);
    }
}
