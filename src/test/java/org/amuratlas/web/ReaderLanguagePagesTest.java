package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reader who chose Russian or Chinese stays in it: every link of every page keeps the language, and what the
 * records say (dates, figures, place names, locators) is written in it, with English text marked as such.
 */
@QuarkusTest
class ReaderLanguagePagesTest {

    private static final String NBSP = "\u00a0";

    /** An address of a page of the site without a language prefix: it would hand the reader to the browser's choice. */
    private static final Pattern UNPREFIXED_PAGE_LINK =
            Pattern.compile("(?:href|action)=\"(/(?:themes|projects|places|timeline|data|sources|search)?(?:[/?#][^\"]*)?)\"");

    /** Files that are the same in every language (the data package, citation files): no prefix needed. */
    private static final Pattern LANGUAGE_NEUTRAL_FILE = Pattern.compile(".*\\.(zip|bib|ris|csl\\.json|geojson)");

    private static final Pattern TIME = Pattern.compile("<time[^>]*>");

    @ParameterizedTest
    @ValueSource(strings = {"/", "/projects", "/projects?theme=energy&sort=start_year", "/projects/power-of-siberia",
        "/places", "/places/heihe", "/themes/energy", "/themes/history", "/timeline", "/data",
        "/data/heilongjiang-russia-trade", "/sources", "/search?q=Heihe", "/projects/no-such-project",
        "/projects?theme=fishing"})
    void everyLinkOfAPageKeepsTheReadersLanguage(String path) {
        for (String language : new String[] {"ru", "zh", "en"}) {
            String html = given().urlEncodingEnabled(false).when().get("/" + language + path).then()
                    .extract().asString();
            // the head's x-default alternate is unprefixed on purpose; the body's links are the reader's
            String body = html.substring(html.indexOf("<body>"));
            Matcher link = UNPREFIXED_PAGE_LINK.matcher(body);
            List<String> unprefixed = new ArrayList<>();
            while (link.find()) {
                if (!LANGUAGE_NEUTRAL_FILE.matcher(link.group(1)).matches()) {
                    unprefixed.add(link.group(1));
                }
            }
            assertEquals(List.of(), unprefixed, "links that lose the language on /" + language + path);
            assertTrue(body.contains("href=\"/" + language + "/projects\""), "the navigation keeps /" + language);
        }
    }

    @Test
    void theCatalogueFormThePagerAndTheLanguageLinksKeepLanguageAndFilters() {
        given().when().get("/ru/projects?country=cn").then().statusCode(200)
                .body(containsString("<form class=\"filters\" method=\"get\" action=\"/ru/projects\""))
                .body(containsString("rel=\"next\" href=\"/ru/projects?country=cn&amp;offset=20\""))
                .body(containsString("<a href=\"/zh/projects?country=cn\" lang=\"zh-Hans\""))
                .body(containsString("<a href=\"/en/projects?country=cn\" lang=\"en\""));
        // the map's places and routes, search hits and a source's records lead to pages in the same language
        given().when().get("/zh/").then().statusCode(200)
                .body(containsString("<a href=\"/zh/places/heihe\">"))
                .body(containsString("<a href=\"/zh/projects/heihe-blagoveshchensk-highway-bridge\">"));
        given().when().get("/ru/search?q=Heihe").then().statusCode(200)
                .body(containsString("<a href=\"/ru/places/heihe\">Хэйхэ</a>"));
        given().when().get("/zh/sources").then().statusCode(200)
                .body(containsString("<a href=\"/zh/projects/power-of-siberia\">"));
    }

    @Test
    void datesAreWrittenInTheReadersLanguageAndOnlyHtmlDatesAreMachineReadable() {
        given().when().get("/ru/timeline").then().statusCode(200)
                .body(containsString("<time datetime=\"2024-12-01\">1 декабря 2024" + NBSP + "г.</time>"))
                .body(containsString("<span class=\"date\">середина XIX века</span>"))
                .body(containsString("<span class=\"date\">древность</span>"));
        given().when().get("/zh/timeline").then().statusCode(200)
                .body(containsString("<time datetime=\"2024-12-01\">2024年12月1日</time>"))
                .body(containsString("<span class=\"date\">19世纪中叶</span>"))
                .body(containsString("<span class=\"date\">20世纪60年代</span>"));
        // a <time> always says its date in a form HTML knows (the Nu checker refuses "mid-19th century")
        for (String language : new String[] {"en", "ru", "zh"}) {
            String html = given().when().get("/" + language + "/timeline").then().extract().asString();
            Matcher time = TIME.matcher(html);
            int count = 0;
            while (time.find()) {
                assertTrue(time.group().matches("<time datetime=\"\\d{4}(-\\d{2}(-\\d{2})?)?\">"), time.group());
                count++;
            }
            assertTrue(count > 20, "dated events on the " + language + " timeline: " + count);
        }
    }

    @Test
    void figuresKeepTheirValueHedgeAndUnitInTheReadersLanguage() {
        // the hedge and the number in one unbreakable run; a word unit may go below it as a whole
        given().when().get("/zh/").then().statusCode(200)
                .body(containsString("<span class=\"figure-value\"><span class=\"figure-amount\">超过800亿</span>"
                        + "<span class=\"small\">立方米</span></span>"));
        given().when().get("/ru/").then().statusCode(200)
                .body(containsString("<span class=\"figure-value\"><span class=\"figure-amount\">более 80" + NBSP + "млрд</span>"
                        + " <span class=\"small figure-unit\">куб. м</span>"));
        given().when().get("/en/").then().statusCode(200)
                .body(containsString("<span class=\"figure-value\"><span class=\"figure-amount\">more than 80</span>"
                        + " <span class=\"small figure-unit\">billion cubic metres</span>"));
        given().when().get("/zh/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("<dd>380亿立方米"));
        // observations in the reader's digits: decimal comma and minus sign in Russian
        given().when().get("/ru/data/heilongjiang-russia-trade").then().statusCode(200)
                .body(containsString("<td class=\"num\">79,7</td>"))
                .body(containsString("<td class=\"num\">\u22122,5</td>"));
    }

    @Test
    void placesAreNamedInTheReadersScript() {
        given().when().get("/ru/projects").then().statusCode(200)
                .body(containsString(">Благовещенск</a>"))
                .body(containsString("<option value=\"heihe\">Хэйхэ</option>"))
                .body(not(containsString(">Blagoveshchensk</a>")));
        given().when().get("/zh/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("<a href=\"/zh/places/heihe\">黑河</a>"));
        given().when().get("/zh/places/heihe").then().statusCode(200)
                .body(containsString("<title>黑河 · "))
                .body(containsString("<h1>黑河 <span class=\"names\"><span lang=\"en\">Heihe</span> · <span lang=\"ru\">Хэйхэ</span></span></h1>"));
        given().when().get("/ru/places/heihe").then().statusCode(200)
                .body(containsString("<h1>Хэйхэ <span class=\"names\"><span lang=\"en\">Heihe</span> · <span lang=\"zh-Hans\">黑河</span></span></h1>"));
        given().when().get("/ru/places").then().statusCode(200)
                .body(containsString("<td lang=\"en\">Heihe</td><td lang=\"ru\"><a href=\"/ru/places/heihe\">Хэйхэ</a></td>"));
        // the map: place labels, route legend and the outline's names
        given().when().get("/zh/themes/energy").then().statusCode(200)
                .body(containsString(">黑河</text>"))
                .body(containsString("<title>兴凯湖</title>"))
                .body(not(containsString("<title>river-")))
                .body(not(containsString("<title>Lake Khanka</title>")));
    }

    @Test
    void errorPagesTitlesAndDescriptionsFollowTheLanguage() {
        given().when().get("/zh/projects/no-such-project").then().statusCode(404)
                .body(containsString("<html lang=\"zh-Hans\">"))
                .body(containsString("<a href=\"/zh/projects\">"));
        given().when().get("/ru/projects?theme=fishing").then().statusCode(400)
                .body(containsString("«fishing»"))
                .body(not(containsString("There is no")));
        given().when().get("/ru/timeline?theme=fishing").then().statusCode(400)
                .body(not(containsString("There is no")));
        given().when().get("/ru/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("<title>Газопровод «Сила Сибири»"))
                .body(matchesPattern("(?s).*<meta name=\"description\" content=\"[^\"]*[а-я][^\"]*\">.*"));
    }

    @Test
    void translatedTextIsMarkedAndEnglishTextSaysItIsEnglish() {
        given().when().get("/ru/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("<span class=\"muted small translated\">перевод атласа</span>"));
        given().when().get("/en/projects/power-of-siberia").then().statusCode(200)
                .body(not(containsString("translated by the atlas")))
                .body(not(matchesPattern("(?s).*<(p|span|strong|blockquote)[^>]* lang=\"en\".*")));
        // a quotation keeps its printed (English) wording, with the atlas's translation beside it
        String html = given().when().get("/ru/themes/people-culture").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<blockquote lang=\"en\">«"), "the printed wording, marked as English");
        assertTrue(html.contains("<p class=\"small\">Перевод атласа: «"), "the translation beside it");
    }

    @Test
    void citationLocatorsUseTheReadersWordsAndKeepTheirNumbers() {
        given().when().get("/ru/").then().statusCode(200)
                .body(containsString("</a>, </span><wbr>введение, абз." + NBSP + "2"));
        given().when().get("/zh/").then().statusCode(200)
                .body(containsString("</a>，</span><wbr>引言，第2段"));
    }

    /** A document's heading in the atlas's translation, its printed wording beside it and marked as English. */
    @Test
    void citedHeadingsAreTranslatedWithThePrintedHeadingMarkedEnglish() {
        given().when().get("/ru/projects/eastern-silk-road-belt").then().statusCode(200)
                .body(containsString("«Восточный пояс Шёлкового пути» (“<span lang=\"en\">Eastern Silk Road Belt</span>”), абз." + NBSP + "3"));
        given().when().get("/zh/projects/eastern-silk-road-belt").then().statusCode(200)
                .body(containsString("“东部陆海丝绸之路经济带”（<span lang=\"en\">Eastern Silk Road Belt</span>），第3段"));
        given().when().get("/ru/sources").then().statusCode(200)
                .body(containsString("табл." + NBSP + "2, «Железнодорожный транспорт» (“<span lang=\"en\">Railway Transport</span>”)"));
        given().when().get("/en/projects/eastern-silk-road-belt").then().statusCode(200)
                .body(containsString("Eastern Silk Road Belt, para. 3"))
                .body(not(containsString("<span lang=\"en\">Eastern Silk Road Belt</span>")));
    }

    @Test
    void searchFindsTranslatedText() {
        given().when().get("/zh/search?q=天然气").then().statusCode(200)
                .body(containsString("<a href=\"/zh/projects/power-of-siberia\">"));
        given().when().get("/ru/search?q=газопровод").then().statusCode(200)
                .body(containsString("<a href=\"/ru/projects/power-of-siberia\">"));
        given().when().get("/ru/search?q=мост").then().statusCode(200)
                .body(containsString("<a href=\"/ru/projects/heihe-blagoveshchensk-highway-bridge\">"));
    }

    @Test
    void downloadsGiveTranslatedLabelsAndTheSameValues() {
        String english = given().when().get("/data/heilongjiang-russia-trade.csv").then().statusCode(200)
                .extract().asString();
        for (String language : new String[] {"ru", "zh"}) {
            String translated = given().queryParam("lang", language).when().get("/data/heilongjiang-russia-trade.csv")
                    .then().statusCode(200).extract().asString();
            assertEquals(values(english), values(translated), language + ": the same values");
            assertTrue(!english.lines().skip(1).findFirst().orElseThrow()
                    .equals(translated.lines().skip(1).findFirst().orElseThrow()), language + ": translated labels");
            assertEquals(english.lines().findFirst(), translated.lines().findFirst(), "the same column keys");
        }
        given().queryParam("lang", "zh").when().get("/data/heilongjiang-russia-trade.metadata.json").then()
                .statusCode(200).body(containsString("黑龙江"))
                .body("csv", equalTo("/zh/data/heilongjiang-russia-trade.csv"))
                .body("citations[0].locator", startsWith("表1"));
        for (String language : new String[] {"ru", "zh", "en"}) {
            // the metadata's CSV is the CSV of its language, under /ru/ or with ?lang=, and answers in it
            String csv = given().when().get("/" + language + "/data/heilongjiang-russia-trade.metadata.json").then()
                    .statusCode(200).body("csv", equalTo("/" + language + "/data/heilongjiang-russia-trade.csv"))
                    .extract().path("csv");
            assertEquals(given().queryParam("lang", language).when().get("/data/heilongjiang-russia-trade.csv")
                    .then().statusCode(200).extract().asString(),
                    given().when().get(csv).then().statusCode(200).extract().asString(), language);
        }
        given().queryParam("lang", "ru").when().get("/data/heilongjiang-russia-trade.metadata.json").then()
                .statusCode(200).body("csv", equalTo("/ru/data/heilongjiang-russia-trade.csv"))
                .body("citations[0].locator", startsWith("табл.\u00a01"));
    }

    /** Series, measure, year, qualifier and value of every row (the label, unit, period and note are quoted text). */
    private static final Pattern ROW = Pattern.compile("^([^,\"]+),([^,\"]+),\"(?:[^\"]|\"\")*\",\"(?:[^\"]|\"\")*\","
            + "\"(?:[^\"]|\"\")*\",(-?\\d+),([a-z_]+),(-?[\\d.]+),");

    /** The columns a translation must not change, row by row. */
    private static List<String> values(String csv) {
        return csv.lines().skip(1).map(line -> {
            Matcher row = ROW.matcher(line);
            assertTrue(row.find(), "a CSV row: " + line);
            return String.join(",", row.group(1), row.group(2), row.group(3), row.group(4), row.group(5));
        }).toList();
    }

    /** A strategy or a programme is carried out, not put into operation: the localization review's status words. */
    @Test
    void aPolicyIsCarriedOutAndAPipelineOperates() {
        given().when().get("/zh/projects/belt-and-road-initiative").then().statusCode(200)
                .body(containsString("实施中")).body(not(containsString("已投运")));
        given().when().get("/zh/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("已投运")).body(not(containsString("实施中")));
        given().when().get("/ru/projects/longjiang-silk-road-belt").then().statusCode(200)
                .body(containsString(">реализуется</span>"));
        given().when().get("/zh/projects?kind=strategy").then().statusCode(200)
                .body(containsString("status-operational\">实施中</span>"))
                .body(not(containsString("status-operational\">已投运</span>")));
    }
}
