package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
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
}
