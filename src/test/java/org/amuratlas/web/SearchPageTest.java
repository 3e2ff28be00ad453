package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchPageTest {

    @Test
    void findsPlacesByTheirRussianAndChineseNamesAndMarksTheMatch() {
        given().queryParam("q", "хэйхэ").when().get("/search").then().statusCode(200)
                .body(containsString("<a href=\"/places/heihe\">Heihe</a>"))
                .body(containsString("<mark>Хэйхэ</mark>"));
        given().queryParam("q", "黑河").when().get("/search").then().statusCode(200)
                .body(containsString("<a href=\"/places/heihe\">Heihe</a>"));
    }

    @Test
    void findsProjectsEventsAndSourcesByEnglishText() {
        given().queryParam("q", "grain corridor").when().get("/search").then().statusCode(200)
                .body(containsString("href=\"/projects/grain-corridor\""))
                .body(containsString("<mark>"));
    }

    @Test
    void emptySearchShowsTheFormAndOverlongSearchIsABadRequest() {
        given().when().get("/search").then().statusCode(200).body(containsString("role=\"search\""));
        given().queryParam("q", "x".repeat(201)).when().get("/search").then().statusCode(400);
    }

    @Test
    void wildcardsAreSearchedLiterally() {
        given().queryParam("q", "%").when().get("/search").then().statusCode(200)
                .body(containsString("result"));
        given().queryParam("q", "zzz_no_such_thing").when().get("/search").then().statusCode(200)
                .body(containsString("0 results"));
    }
}
