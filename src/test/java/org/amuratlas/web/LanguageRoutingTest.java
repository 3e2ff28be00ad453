package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The reader's language from the address (/ru/…, /zh/…, /en/…), and what every page says about its languages. */
@QuarkusTest
class LanguageRoutingTest {

    @Test
    void aLanguagePrefixServesThePageInThatLanguageWhateverTheBrowserAsks() {
        given().header("Accept-Language", "zh-CN").when().get("/ru/projects").then().statusCode(200)
                .header("Content-Language", "ru")
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("<h1>Проекты</h1>"));
        given().header("Accept-Language", "ru").when().get("/en/timeline").then().statusCode(200)
                .header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"));
        given().when().get("/zh/places/heihe").then().statusCode(200)
                .header("Content-Language", "zh-Hans")
                .body(containsString("<html lang=\"zh-Hans\">"))
                .body(containsString("<dd class=\"flag-CN\">中国</dd>"));
    }

    @Test
    void theHomePageHasAPrefixToo() {
        given().when().get("/zh/").then().statusCode(200).body(containsString("<h1>中俄黑龙江流域合作地图集</h1>"));
        given().when().get("/ru").then().statusCode(200).body(containsString("<html lang=\"ru\">"));
    }

    @Test
    void thePrefixWinsOverALangParameterAndFiltersStay() {
        given().queryParam("lang", "zh").queryParam("kind", "bridge").when().get("/ru/projects").then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("<option value=\"bridge\" selected>мост</option>"));
    }

    @Test
    void errorPagesFollowThePrefix() {
        given().when().get("/ru/projects/no-such-project").then().statusCode(404)
                .header("Content-Language", "ru")
                .body(containsString("Страница не найдена"));
        given().queryParam("from", "soon").when().get("/zh/projects").then().statusCode(400)
                .body(containsString("参数“from”必须是整数。"));
        given().queryParam("status", "finished").when().get("/ru/projects").then().statusCode(400)
                .body(containsString("Параметр «status» может принимать значения: proposed, planned, approved, under_construction, operational, suspended."));
        given().queryParam("lang", "fr").when().get("/projects").then().statusCode(400)
                .header("Content-Language", "en")
                .body(containsString("The parameter &#39;lang&#39; must be one of: en, ru, zh."));
    }

    @Test
    void anUnprefixedPageSaysTheLanguageTheBrowserGot() {
        given().header("Accept-Language", "zh-TW,zh;q=0.9").when().get("/sources").then().statusCode(200)
                .header("Content-Language", "zh-Hans")
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void everyPageListsItsThreeVersionsAndTheDefault() {
        given().when().get("/projects?theme=energy&status=&lang=ru").then().statusCode(200)
                .body(containsString("<link rel=\"alternate\" hreflang=\"en\" href=\"/en/projects?theme=energy\">"))
                .body(containsString("<link rel=\"alternate\" hreflang=\"ru\" href=\"/ru/projects?theme=energy\">"))
                .body(containsString("<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"/zh/projects?theme=energy\">"))
                .body(containsString("<link rel=\"alternate\" hreflang=\"x-default\" href=\"/projects?theme=energy\">"));
    }

    @Test
    void theLanguageSwitcherKeepsTheSearch() {
        given().queryParam("q", "Heihe").when().get("/ru/search").then().statusCode(200)
                .body(containsString("<a href=\"/zh/search?q=Heihe\" lang=\"zh-Hans\" hreflang=\"zh-Hans\">中文</a>"))
                .body(containsString("<a href=\"/en/search?q=Heihe\" lang=\"en\" hreflang=\"en\">English</a>"));
    }

    @Test
    void thePageCacheKeepsEachLanguageApart() {
        for (int i = 0; i < 2; i++) { // the second round is answered from the cache
            given().when().get("/ru/data").then().statusCode(200)
                    .header("Content-Language", "ru").header("ETag", not(equalTo("")))
                    .body(containsString("<h1>Данные</h1>"));
            given().when().get("/zh/data").then().statusCode(200)
                    .header("Content-Language", "zh-Hans")
                    .body(containsString("<h1>数据</h1>"));
            given().when().get("/data").then().statusCode(200)
                    .header("Content-Language", "en")
                    .body(containsString("<h1>Data</h1>"));
        }
    }
}
