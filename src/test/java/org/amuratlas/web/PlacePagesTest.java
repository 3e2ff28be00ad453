package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

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
