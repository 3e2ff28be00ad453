package org.amuratlas.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AboutPageTest {

    @Test
    void saysWhatTheAtlasIsItsMethodVersionLicenceAndChangelog() {
        given().when().get("/about").then().statusCode(200)
                .body(containsString("<h1>About the atlas</h1>"))
                .body(containsString("An editorial note is the atlas&#39;s own comment"))
                .body(containsString("You are reading dataset version 2026-11-30, released on 30 November 2026."))
                .body(containsString("href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\""))
                .body(containsString("Amur–Heilongjiang Cooperation Atlas (2026). Dataset version 2026-11-30. http://localhost:8080/"))
                .body(containsString("href=\"/about/cite.bib\""))
                .body(containsString("href=\"/data/atlas.zip\""))
                .body(containsString("<div class=\"changelog\" lang=\"en\">"))
                .body(containsString("<h3>Release 2026.11.30 (2026-11-30)</h3>"))
                .body(containsString("<h3>Release 2026.11.30 (2026-11-30)</h3>"))
                .body(containsString("<li><strong>2016 was not the lowest year of Heilongjiang's trade with Russia.</strong>"))
                .body(containsString("<code>heilongjiang-russia-trade-decline-2016</code>"))
                .body(not(containsString("**")));
    }

    @Test
    void inRussianAndChinese() {
        given().when().get("/ru/about").then().statusCode(200)
                .header("Content-Language", "ru")
                .body(containsString("<h1>Об атласе</h1>"))
                .body(containsString("Вы читаете версию данных 2026-11-30 от 30 ноября 2026"))
                .body(containsString("<div class=\"changelog\" lang=\"en\">"))
                .body(containsString("Атлас сотрудничества «Амур — Хэйлунцзян» (2026). Версия данных 2026-11-30."));
        given().when().get("/zh/about").then().statusCode(200)
                .body(containsString("<h1>关于本图集</h1>"))
                .body(containsString("发布于2026年11月30日"));
    }

    @Test
    void everyPageLinksAboutTheDataAndTheFeed() {
        given().when().get("/timeline").then().statusCode(200)
                .body(containsString("<a href=\"/en/about\">About</a>"))
                .body(containsString("<a href=\"/data/atlas.zip\">Download data</a>"))
                .body(containsString("<a href=\"/en/feed.atom\" type=\"application/atom+xml\">Feed</a>"));
        given().when().get("/zh/timeline").then().statusCode(200)
                .body(containsString(">下载数据</a>"));
    }
}
