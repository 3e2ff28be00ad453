package org.amuratlas.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When atlas.graphql.max-pending queries are already waiting for or holding a worker, the next one is refused at
 * once with 503 and Retry-After instead of queueing without bound. With the bound set to 0 every query that is not
 * answered from the response cache meets a full house; the pages are not affected.
 */
@QuarkusTest
@TestProfile(BusyApiTest.NoPlaceLeft.class)
class BusyApiTest {

    public static class NoPlaceLeft implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.graphql.max-pending", "0");
        }
    }

    @Test
    void aQueryBeyondTheBoundIsRefusedWith503() {
        for (ContentType accept : new ContentType[] {ContentType.JSON, ContentType.ANY}) {
            given().contentType(ContentType.JSON).accept(accept).body(Map.of("query", "{ themes { slug } }"))
                    .when().post("/graphql").then().statusCode(503)
                    .header("Retry-After", "1")
                    .header("Cache-Control", "no-store")
                    .body("data", nullValue())
                    .body("errors[0].message", containsString("retry in a second"));
        }
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("atlas_graphql_refused_busy_total 2.0"));
        given().when().get("/themes/energy").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
