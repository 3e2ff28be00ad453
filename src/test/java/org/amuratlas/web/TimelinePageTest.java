package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelinePageTest {

    @Test
    void runsFromTheSushenToDecember2024InOrder() {
        String html = given().when().get("/timeline").then().statusCode(200)
                .body(containsString("<h1>Timeline</h1>"))
                .body(containsString("Sushen"))
                .body(containsString("datetime=\"2024-12-01\""))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.indexOf(">antiquity</time>") < html.indexOf("datetime=\"2024-12-01\""),
                "antiquity comes before December 2024");
    }

    @Test
    void filtersByThemeWithAShareableUrl() {
        given().queryParam("theme", "energy").when().get("/timeline").then().statusCode(200)
                .body(containsString("<h1>Timeline: Energy</h1>"))
                .body(containsString("<option value=\"energy\" selected>"))
                .body(not(containsString("Sushen")));
    }

    @Test
    void filtersByEraAndThemeTogether() {
        given().queryParam("era", "soviet").when().get("/timeline").then().statusCode(200)
                .body(containsString("<h1>Timeline, The Soviet era</h1>"))
                .body(containsString("<option value=\"soviet\" selected>"))
                .body(not(containsString("datetime=\"2024")));
        given().queryParam("era", "turn_to_the_east").queryParam("theme", "energy").when().get("/timeline").then()
                .statusCode(200)
                .body(containsString("<h1>Timeline: Energy, The turn to the East</h1>"))
                .body(containsString("datetime=\"2024-12-01\""));
        given().queryParam("era", "bronze-age").when().get("/timeline").then().statusCode(400)
                .body(containsString("must be one of"));
    }
}
