package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchPageTest {

    @Test
    void findsPlacesByTheirRussianAndChineseNamesAndMarksTheMatch() {
        given().queryParam("q", "хэйхэ").when().get("/search").then().statusCode(200)
                .body(containsString("<a href=\"/en/places/heihe\">Heihe</a>"))
                .body(containsString("<mark>Хэйхэ</mark>"));
        given().queryParam("q", "黑河").when().get("/search").then().statusCode(200)
                .body(containsString("<a href=\"/en/places/heihe\">Heihe</a>"));
    }

    @Test
    void findsProjectsEventsAndSourcesByEnglishText() {
        given().queryParam("q", "grain corridor").when().get("/search").then().statusCode(200)
                .body(containsString("href=\"/en/projects/grain-corridor\""))
                .body(containsString("<mark>"));
    }

    @Test
    void emptySearchShowsTheFormAndOverlongSearchIsABadRequest() {
        given().when().get("/search").then().statusCode(200).body(containsString("role=\"search\""));
        given().queryParam("q", "x".repeat(201)).when().get("/search").then().statusCode(400);
    }

    @Test
    void wildcardsAreSearchedLiterally() {
        // "%" and "_" are LIKE wildcards: unescaped, they would match every record
        for (String wildcard : new String[] {"%", "_"}) {
            List<String> results = results(given().queryParam("q", wildcard).when().get("/search").then()
                    .statusCode(200).extract().asString());
            List<String> unmarked = results.stream().filter(r -> !r.contains("<mark>" + wildcard + "</mark>")).toList();
            assertEquals(List.of(), unmarked, "results for '" + wildcard + "' that do not contain it");
            if (wildcard.equals("%")) {
                assertTrue(results.size() >= 5, "records with a percentage are found: " + results.size());
            }
        }
        given().queryParam("q", "zzz_no_such_thing").when().get("/search").then().statusCode(200)
                .body(containsString("0 results"));
    }

    /** The items of the result list, each as its HTML. */
    private static List<String> results(String html) {
        int list = html.indexOf("<ol class=\"results\">");
        if (list < 0) {
            return List.of();
        }
        String items = html.substring(list, html.indexOf("</ol>", list));
        return Arrays.stream(items.split("<li>")).skip(1).toList();
    }
}
