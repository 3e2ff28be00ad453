package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectPagesTest {

    @Test
    void catalogueListsProjectsWithStatusKindAndPlaces() {
        given().when().get("/projects").then().statusCode(200)
                .body(containsString("<h1>Projects</h1>"))
                .body(containsString("<form class=\"filters\" method=\"get\" action=\"/projects\""))
                .body(containsString("projects found, showing 1–20."))
                .body(containsString("rel=\"next\" href=\"/projects?offset=20\""));
    }

    @Test
    void filtersCombineAndStayInTheUrl() {
        given().queryParam("theme", "energy").queryParam("kind", "pipeline").when().get("/projects").then()
                .statusCode(200)
                .body(containsString("href=\"/projects/power-of-siberia\""))
                .body(not(containsString("href=\"/projects/heihe-blagoveshchensk-highway-bridge\"")))
                .body(containsString("<option value=\"energy\" selected>"))
                .body(containsString("<option value=\"pipeline\" selected>"));
    }

    @Test
    void textFilterMatchesPlaceNamesInRussianAndChinese() {
        given().queryParam("q", "Благовещенск").when().get("/projects").then().statusCode(200)
                .body(containsString("href=\"/projects/heihe-blagoveshchensk-highway-bridge\""));
        given().queryParam("q", "同江").when().get("/projects").then().statusCode(200)
                .body(containsString("href=\"/projects/tongjiang-nizhneleninskoye-bridge\""));
    }

    @Test
    void placeAndYearFiltersNarrowTheList() {
        given().queryParam("place", "heihe").queryParam("status", "operational").when().get("/projects").then()
                .statusCode(200)
                .body(containsString("href=\"/projects/heihe-blagoveshchensk-highway-bridge\""))
                .body(not(containsString("href=\"/projects/anshan-metallurgical-company\"")));
    }

    @Test
    void projectPageShowsStatusPlacesFiguresAndEverySource() {
        given().when().get("/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("<h1>Power of Siberia gas pipeline (China-Russia eastern route)</h1>"))
                .body(containsString("class=\"tag status-operational\""))
                .body(containsString("href=\"/places/heihe\""))
                .body(containsString("href=\"/themes/energy\""))
                .body(containsString("Zhang (2025)</a>, §2.2"))
                .body(containsString("<h2>Timeline</h2>"));
    }

    @Test
    void tongjiangBridgeShowsItsCargoFigureAsPrinted() {
        given().when().get("/projects/tongjiang-nizhneleninskoye-bridge").then().statusCode(200)
                .body(containsString("<dd>more than 6 million tonnes"))
                .body(containsString("href=\"/places/nizhneleninskoye\""));
    }

    @Test
    void headlineFiguresKeepThePrintedUnitWithoutAddingAPeriod() {
        // Zhang prints "38 billion cubic meters" with no "per year": the annual reading is the atlas's own note
        given().when().get("/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("<dd>38 billion cubic metres <span"))
                .body(containsString("the paper prints no &quot;per year&quot;"));
        given().when().get("/projects/heihe-blagoveshchensk-highway-bridge").then().statusCode(200)
                .body(containsString("<dd>more than 370 thousand tonnes in one year"));
    }
}
