package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.amuratlas.i18n.Language;
import org.amuratlas.model.ProjectStatus;
import org.junit.jupiter.api.Test;

/** The interface's own words (kinds, countries, periods, counts, coordinates, maps) follow the reader's language. */
@QuarkusTest
class InterfaceWordsTest {

    @Test
    void eachBundleDeclaresTheLanguageTheResponseDoes() {
        for (Language language : Language.values()) {
            assertEquals(language.tag, bundle(language).html_lang(), language.code);
        }
    }

    @Test
    void theGlobalEnergyMonitorWordsAreItsOwn() {
        for (ProjectStatus status : ProjectStatus.values()) {
            assertEquals(status.gemStatus, bundle(Language.EN).gem_status(status), status.name());
        }
    }

    @Test
    void englishCountsAgreeWithTheirNouns() {
        given().queryParam("kind", "port").when().get("/en/projects").then().statusCode(200)
                .body(containsString("1 project found, showing 1–1."))
                .body(not(containsString("1 projects")));
        given().queryParam("kind", "railway").when().get("/en/projects").then().statusCode(200)
                .body(containsString("10 projects found"));
    }

    @Test
    void russianPlaceFactsAreRussian() {
        given().when().get("/ru/places/heihe").then().statusCode(200)
                .body(containsString("<dd>город</dd>"))
                .body(containsString("<dd class=\"flag-CN\">Китай</dd>"))
                .body(containsString("<dd>50,25°\u00a0с.\u00a0ш., 127,5°\u00a0в.\u00a0д.</dd>"))
                .body(containsString("<p class=\"cite\">Источники: <span class=\"tied\"><a href="))
                .body(not(containsString("{!!}")));
        given().when().get("/ru/").then().statusCode(200)
                .body(containsString(" исходных документов</p>"))
                .body(containsString(" датированных событий · "));
    }

    @Test
    void chineseSourcesAndTimelineUseChineseWordsAndPunctuation() {
        given().when().get("/zh/places/heihe").then().statusCode(200)
                .body(containsString("<p class=\"cite\">来源：<span class=\"tied\"><a href="))
                .body(containsString("<dd>北纬50.25°，东经127.5°</dd>"));
        given().when().get("/zh/sources").then().statusCode(200)
                .body(containsString("<dd>学术论文</dd>"))
                .body(containsString("<dd>英文</dd>"))
                .body(containsString("<summary>支持"));
        given().queryParam("era", "turn_to_the_east").when().get("/zh/timeline").then().statusCode(200)
                .body(containsString("<option value=\"turn_to_the_east\" selected>“转向东方”时期</option>"))
                .body(containsString("<h1>大事年表、“转向东方”时期</h1>"));
    }

    @Test
    void mapsAreLabelledInTheReadersScript() {
        given().when().get("/zh/").then().statusCode(200)
                .body(containsString(">黑河</text>"))
                .body(containsString(">俄罗斯</text>"))
                .body(containsString(">日本海</text>"))
                .body(containsString(">中俄边界</text>"))
                .body(not(containsString(">Sea of Japan</text>")));
        given().when().get("/ru/places/heihe").then().statusCode(200)
                .body(containsString(">Хэйхэ</text>"))
                .body(containsString(">Благовещенск</text>"))
                .body(containsString("км</text>"));
    }

    @Test
    void chartsSpeakTheReadersLanguage() {
        given().when().get("/ru/data/heilongjiang-russia-trade").then().statusCode(200)
                .body(containsString(">Год</text>"))
                .body(containsString(", 2009: 55,8\u00a0100 млн долларов США (в оригинале: млн долларов США)</title>"))
                .body(containsString("<th scope=\"col\">Период</th>"));
        given().when().get("/zh/data/heilongjiang-russia-trade").then().statusCode(200)
                .body(containsString(">年份</text>"))
                .body(containsString("，2009年：55.8 1亿美元（原文印作“百万美元”）</title>"));
    }

    private static AtlasMessages bundle(Language language) {
        return MessageBundles.get(AtlasMessages.class, Localized.Literal.of(language.code));
    }
}
