package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Test
    void introducesTheAtlasWithKeyFiguresThemesAndLatestEvents() {
        given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Amur–Heilongjiang Cooperation Atlas</h1>"))
                .body(containsString("<h2>Key figures</h2>"))
                .body(containsString("2,981"))
                .body(containsString("href=\"/en/themes/energy\""))
                .body(containsString("href=\"/en/themes/history\""))
                .body(containsString("<h2>Latest events</h2>"))
                .body(containsString("<svg class=\"map map-wide\""))
                .body(containsString("Outline: Natural Earth (public domain)"))
                .body(containsString("<a href=\"/en/places/heihe\""))
                .body(containsString("datetime=\"2024-12"))
                .body(matchesPattern("(?s).*\\d+ projects · \\d+ places · \\d+ dated events · 5 source documents.*"));
    }

    @Test
    void everyKeyFigureOnTheHomePageNamesItsSource() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        String figures = html.substring(html.indexOf("<ul class=\"figures\">"), html.indexOf("</ul>", html.indexOf("<ul class=\"figures\">")));
        String[] items = figures.split("<li>");
        org.junit.jupiter.api.Assertions.assertTrue(items.length - 1 >= 5, "at least five key figures on the home page");
        for (int i = 1; i < items.length; i++) {
            // each figure its own link: a figure without one cannot hide behind a figure citing two sources
            org.junit.jupiter.api.Assertions.assertTrue(items[i].contains("<a href=\"/en/sources#"),
                    "a key figure without a link to its source: " + items[i]);
        }
    }
}
