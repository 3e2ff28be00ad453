package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        int antiquity = html.indexOf("<span class=\"date\">antiquity</span>");
        int december2024 = html.indexOf("datetime=\"2024-12-01\"");
        assertTrue(antiquity >= 0 && december2024 >= 0, "both ends of the timeline are on the page");
        assertTrue(antiquity < december2024, "antiquity comes before December 2024");
        // every dated entry in order: the datetime attributes never go back in time
        Matcher dated = Pattern.compile("<time datetime=\"(-?\\d{4})(-\\d{2})?(-\\d{2})?\"").matcher(html);
        String previous = "";
        int count = 0;
        while (dated.find()) {
            String current = dated.group(1) + (dated.group(2) == null ? "" : dated.group(2))
                    + (dated.group(3) == null ? "" : dated.group(3));
            assertTrue(previous.isEmpty() || comparableDate(previous).compareTo(comparableDate(current)) <= 0,
                    previous + " is listed before " + current);
            previous = current;
            count++;
        }
        assertTrue(count > 20, "dated entries found: " + count);
    }

    /** A year, year-month or full date, padded so that a year sorts before the dates in it. */
    private static String comparableDate(String isoPrefix) {
        String year = isoPrefix.substring(0, isoPrefix.startsWith("-") ? 5 : 4);
        int sortableYear = Integer.parseInt(year) + 10000;
        return sortableYear + (isoPrefix.substring(year.length()) + "-00-00").substring(0, 6);
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
