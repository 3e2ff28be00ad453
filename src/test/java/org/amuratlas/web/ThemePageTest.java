package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThemePageTest {

    @Test
    void everyThemeHasAPageWithOverviewProjectsTimelineAndSources() {
        for (String slug : new String[] {"energy", "corridors", "agriculture", "history", "trade-investment",
                "industry-technology", "people-culture", "geopolitics"}) {
            given().when().get("/themes/" + slug).then().statusCode(200)
                    .body(containsString("<strong aria-current=\"page\">"))
                    .body(containsString("<h2>Projects</h2>"))
                    .body(containsString("<h2>Timeline</h2>"))
                    .body(containsString("<h2>Sources</h2>"))
                    .body(containsString("class=\"cite\""));
        }
    }

    @Test
    void tradeThemeDrawsTheTradeTableAsACitedChart() {
        given().when().get("/themes/trade-investment").then().statusCode(200)
                .body(containsString("<h2>Heilongjiang merchandise trade with Russia, 2008-2018</h2>"))
                .body(containsString("<svg class=\"chart\""))
                .body(containsString("href=\"/en/data/heilongjiang-russia-trade\""))
                .body(containsString("Song (2019)</a>, </span><wbr>Table 1"));
    }

    @Test
    void corridorsThemeMapsItsBridgesAsLinkedRoutes() {
        given().when().get("/themes/corridors").then().statusCode(200)
                .body(containsString("<svg class=\"map map-wide\""))
                .body(containsString("<a href=\"/en/projects/heihe-blagoveshchensk-highway-bridge\""))
                .body(containsString("<a href=\"/en/places/blagoveshchensk\""));
    }

    @Test
    void energyThemeShowsGasFiguresWithTheirQualifier() {
        given().when().get("/themes/energy").then().statusCode(200)
                .body(containsString("more than 80"))
                .body(containsString("Power of Siberia"));
    }

    @Test
    void historyThemeRunsFromAntiquityWithDatesAtTheirPrecision() {
        given().when().get("/themes/history").then().statusCode(200)
                .body(containsString("<span class=\"date\">antiquity</span>"))
                .body(containsString("mid-19th century"));
    }
}
