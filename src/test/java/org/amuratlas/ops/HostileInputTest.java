package org.amuratlas.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile requests get a clean 4xx (or an escaped page), never a 500 or a stack trace, and change no data. */
@QuarkusTest
class HostileInputTest {

    private static final String COUNTS = "{ projects { totalCount } places { totalCount } events { totalCount } sources { slug } }";

    @Test
    void hostileRequestsAreRefusedCleanlyAndLeaveTheDataAsItWas() {
        Map<String, Object> before = counts();

        for (String path : List.of("/projects/' OR 1=1 --", "/places/%3Cscript%3E", "/themes/..%2F..%2Fetc%2Fpasswd",
                "/data/x';DROP TABLE series;--.csv")) {
            given().urlEncodingEnabled(false).when().get(path.replace(" ", "%20")).then()
                    .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                    .body(not(containsString("Exception")), not(containsString("at org.")));
        }
        for (Map.Entry<String, String> param : Map.of("theme", "energy' OR '1'='1", "status", "<script>",
                "from", "1e9999", "offset", "99999999999999999999", "place", "heihe\u0000", "sort", "name; DROP TABLE project")
                .entrySet()) {
            given().queryParam(param.getKey(), param.getValue()).when().get("/projects").then().statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(not(containsString("<script>")));
        }
        given().queryParam("q", "\"><script>alert(document.cookie)</script>").when().get("/search").then()
                .statusCode(200).body(not(containsString("<script>alert")));
        given().queryParam("q", "x".repeat(10_000)).when().get("/search").then()
                .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)));
        given().contentType(ContentType.URLENC).formParam("name", "evil").when().post("/projects").then()
                .statusCode(405).body(not(containsString("Exception")));
        given().when().delete("/themes/energy").then().statusCode(405);
        given().contentType(ContentType.JSON).body(Map.of("query", "mutation { deleteEverything }")).when()
                .post("/graphql").then().statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(500)))
                .body("errors[0].message", org.hamcrest.Matchers.notNullValue());
        given().contentType(ContentType.JSON).body("{\"query\": ").when().post("/graphql").then()
                .statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(500)));

        assertEquals(before, counts(), "record counts after the hostile requests");
    }

    private static Map<String, Object> counts() {
        return given().contentType(ContentType.JSON).body(Map.of("query", COUNTS)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath().getMap("data");
    }
}
