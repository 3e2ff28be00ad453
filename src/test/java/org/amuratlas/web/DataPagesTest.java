package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DataPagesTest {

    @Test
    void listsEverySeries() {
        given().when().get("/data").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Heilongjiang merchandise trade with Russia, 2008-2018"))
                .body(containsString("href=\"/en/data/power-of-siberia-gas\""))
                .body(containsString("href=\"/en/data/border-bridge-cargo\""));
    }

    @Test
    void tradeSeriesPageShowsChartTableUnitNoteAndCitation() {
        given().when().get("/data/heilongjiang-russia-trade").then().statusCode(200)
                .body(containsString("<svg class=\"chart\""))
                .body(containsString("<title id=\"chart-heilongjiang-russia-trade-0-t\">Trade volume</title>"))
                .body(containsString("Year-over-year growth"))
                .body(containsString("<th scope=\"row\">2018</th>"))
                .body(containsString("181.9"))
                .body(containsString("hundreds of millions of US dollars"))
                .body(containsString("Song (2019)</a>, </span><wbr>Table 1"))
                .body(containsString("href=\"/en/data/heilongjiang-russia-trade.csv\""));
    }

    @Test
    void csvHasOneRowPerObservationWithValuesAsPrinted() {
        String csv = given().when().get("/data/heilongjiang-russia-trade.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("heilongjiang-russia-trade.csv"))
                .body(startsWith("series,measure,measure_label,unit,period,period_year,qualifier,value,note\r\n"))
                .body(containsString("heilongjiang-russia-trade,exports,\"Export volume\",\"100 million US dollars (printed: million US dollars)\",\"2016\",2016,exact,17,"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(1 + 88, csv.split("\r\n").length);
    }

    @Test
    void metadataDescribesTheSeriesAndHowToCiteIt() {
        given().when().get("/data/heilongjiang-russia-trade.metadata.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("unitAsPrinted", org.hamcrest.Matchers.equalTo("million US dollars"))
                .body("unitNote", containsString("hundreds of millions"))
                .body("csv", org.hamcrest.Matchers.equalTo("/en/data/heilongjiang-russia-trade.csv"))
                .body("measures.code", org.hamcrest.Matchers.hasItem("share_china"))
                .body("citations[0].locator", startsWith("Table 1"))
                .body("citations[0].doi", org.hamcrest.Matchers.equalTo("10.15826/recon.2019.5.1.002"));
        given().when().get("/data/nothing.metadata.json").then().statusCode(404);
    }

    @Test
    void bridgeCargoOfTwoPeriodsIsTabledWithValuesAsPrintedNotDrawnToOneScale() {
        // a cumulative total since 2022 and one year's cargo are not comparable: no chart, the table shows them
        given().when().get("/data/border-bridge-cargo").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("<svg class=\"chart\"")))
                .body(containsString("<td class=\"num\">more than 6</td>"))
                .body(containsString("<td class=\"num\">more than 370 "));
    }

    @Test
    void oneOffFiguresKeepTheirQualifier() {
        given().when().get("/data/power-of-siberia-gas").then().statusCode(200)
                .body(containsString("more than 80"))
                .body(containsString("Zhang (2025)</a>, </span><wbr>§2.2"));
        given().when().get("/data/power-of-siberia-gas.csv").then().statusCode(200)
                .body(containsString(",more_than,80,"));
    }

    @Test
    void unknownSeriesIsA404PageNotAStackTrace() {
        given().when().get("/data/no-such-series").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"))
                .body(not(containsString("Exception")));
        given().when().get("/data/no-such-series.csv").then().statusCode(404);
    }
}
