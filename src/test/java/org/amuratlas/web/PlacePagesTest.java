package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacePagesTest {

    @Test
    void indexNamesEveryPlaceInThreeLanguages() {
        given().when().get("/places").then().statusCode(200)
                .body(containsString("<td lang=\"en\"><a href=\"/en/places/heihe\">Heihe</a></td><td lang=\"ru\">Хэйхэ</td><td lang=\"zh-Hans\">黑河</td>"))
                .body(containsString("<td lang=\"en\"><a href=\"/en/places/blagoveshchensk\">Blagoveshchensk</a></td><td lang=\"ru\">Благовещенск</td>"));
    }

    @Test
    void aRegionsPageShowsTheRegionHatchedWithItsPlaces() {
        String page = given().when().get("/places/heilongjiang").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<pattern id=\"map-heilongjiang-area-0\""), "the province is hatched");
        assertTrue(page.contains("<title>Heilongjiang</title></path>"), "and named by its own name");
        assertTrue(page.contains(">Harbin</text>"), "its places are drawn on it");
        assertFalse(page.contains("map-items map-areas"), "the region is the page's subject, not a listed project");
        assertTrue(page.contains("map-items map-regions"), "projects across it are named beside the map");
        String ru = given().when().get("/ru/places/russian-far-east").then().statusCode(200).extract().asString();
        assertTrue(ru.contains("<title>Дальний Восток России</title></path>"));
        String point = given().when().get("/places/heihe").then().statusCode(200).extract().asString();
        assertFalse(point.contains("<pattern"), "a city is a point, not an area");
    }

    @Test
    void placePageShowsNamesProjectsAndSources() {
        given().when().get("/places/heihe").then().statusCode(200)
                .body(containsString("<h1>Heihe <span class=\"names\"><span lang=\"ru\">Хэйхэ</span> · <span lang=\"zh-Hans\">黑河</span></span></h1>"))
                .body(containsString("href=\"/en/projects/power-of-siberia\""))
                .body(containsString("href=\"/en/projects/heihe-blagoveshchensk-highway-bridge\""))
                .body(containsString("class=\"cite\""))
                .body(containsString("<svg class=\"map map-wide\""))
                .body(containsString("<title id=\"map-heihe-t\">"));
    }
}
