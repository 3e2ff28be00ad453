package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.amuratlas.i18n.Language;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguagesTest {

    @Test
    void langParameterSwitchesTheInterfaceToRussian() {
        given().queryParam("lang", "ru").when().get("/projects").then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("<h1>Проекты</h1>"))
                .body(containsString(">Хронология</a>"))
                .body(containsString("Найдено проектов:"));
    }

    @Test
    void acceptLanguageChoosesChineseAndDataKeepsAllThreeNames() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").when().get("/places/heihe").then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-Hans\">"))
                .body(containsString(">大事年表</a>"))
                .body(containsString("<span lang=\"ru\">Хэйхэ</span>"));
    }

    @Test
    void englishIsTheDefaultAndTheSamePageIsCachedPerLanguage() {
        given().when().get("/timeline").then().statusCode(200).body(containsString("<html lang=\"en\">"));
        given().queryParam("lang", "zh").when().get("/timeline").then().statusCode(200)
                .body(containsString("<html lang=\"zh-Hans\">"));
        given().header("Accept-Language", "ru").when().get("/timeline").then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"));
        given().when().get("/timeline").then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void projectStatusesAreTranslated() {
        given().queryParam("lang", "zh").queryParam("status", "operational").when().get("/projects").then()
                .statusCode(200)
                .body(containsString(">已投运</span>"))
                .body(containsString("<option value=\"pipeline\">管道</option>"));
    }

    @Test
    void errorPagesSpeakTheReadersLanguageAndBadLanguagesAreRejected() {
        given().queryParam("lang", "ru").when().get("/projects/no-such-project").then().statusCode(404)
                .body(containsString("Страница не найдена"));
        given().queryParam("lang", "fr").when().get("/").then().statusCode(400)
                .body(containsString("must be one of: en, ru, zh"));
        given().header("Accept-Language", "this is ;;; not a header").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void acceptLanguageIsReadWithItsQualityValues() {
        // the highest q wins, not the first named; unknown languages are passed over; q=0 means "not this one"
        String[][] cases = {
            {"en;q=0.1, ru;q=0.9", "ru"},
            {"fr-CH, fr;q=0.9, zh-Hans-CN;q=0.8, en;q=0.7", "zh"},
            {"de-DE, ja;q=0.8", "en"},
            {"ru;q=0, zh;q=0.5", "zh"},
            {"ru;q=0", "en"},
            {"*", "en"},
            {"RU-ru", "ru"},
        };
        for (String[] c : cases) {
            given().header("Accept-Language", c[0]).when().get("/sources").then().statusCode(200)
                    .body(containsString("<html lang=\"" + Language.ofCode(c[1]).orElseThrow().tag + "\">"));
        }
    }

    @Test
    void langParameterWinsOverTheHeaderAndGarbageIsABadRequest() {
        // Chinese pages declare their script (zh-Hans), as the i18n branch decided
        given().queryParam("lang", "zh").header("Accept-Language", "ru").when().get("/sources").then().statusCode(200)
                .body(containsString("<html lang=\"zh-Hans\">"));
        given().queryParam("lang", " RU ").when().get("/sources").then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"));
        // an empty choice is no choice: the header decides
        given().queryParam("lang", "").header("Accept-Language", "ru").when().get("/sources").then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"));
        for (String garbage : new String[] {"fr", "en-US", "zh_CN", "<script>alert(1)</script>", "ru;q=1", "x".repeat(500)}) {
            given().queryParam("lang", garbage).when().get("/sources").then()
                    .statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("must be one of: en, ru, zh"))
                    .body(not(containsString("<script>alert(1)")));
        }
    }
}
