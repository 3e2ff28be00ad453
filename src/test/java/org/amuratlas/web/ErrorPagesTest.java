package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownPathsGetA404PageInTheLayout() {
        for (String path : new String[] {"/no/such/page", "/themes/no-such-theme", "/projects/no-such-project",
                "/places/no-such-place"}) {
            given().when().get(path).then().statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("<nav aria-label=\"Main\">"))
                    .body(containsString("Page not found"))
                    .body(not(containsString("at org.")));
        }
    }

    @Test
    void malformedFiltersGetA400PageThatSaysWhatIsWrong() {
        given().queryParam("status", "bogus").when().get("/projects").then().statusCode(400)
                .body(containsString("The parameter &#39;status&#39; must be one of: proposed"));
        given().queryParam("from", "19x0").when().get("/projects").then().statusCode(400)
                .body(containsString("must be a whole number"));
        given().queryParam("theme", "Energy; DROP TABLE theme").when().get("/projects").then().statusCode(400)
                .body(containsString("must be a slug"));
        given().queryParam("theme", "no-such-theme").when().get("/timeline").then().statusCode(400)
                .body(containsString("There is no theme"));
        given().queryParam("offset", "-5").when().get("/projects").then().statusCode(400);
    }

    @Test
    void hostileTextIsEscapedNotExecuted() {
        given().queryParam("q", "<script>alert(1)</script>").when().get("/projects").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
