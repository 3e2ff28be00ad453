package org.amuratlas.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Themes, sources and series through GraphQL. */
@QuarkusTest
class CatalogueApiTest {

    @Test
    void themesComeInDisplayOrderWithTheirProjects() {
        GraphQLClient.post("{ themes { slug title projects { slug } } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.themes[0].slug", equalTo("energy"))
                .body("data.themes.slug", hasItems("energy", "corridors", "agriculture", "history"))
                .body("data.themes.find { it.slug == 'energy' }.projects.size()", greaterThan(0));
    }

    @Test
    void sourcesCarryTheirCitationStrings() {
        GraphQLClient.post("{ sources { slug kind doi citeAs } }").statusCode(200)
                .body("data.sources.size()", equalTo(5))
                .body("data.sources.find { it.slug == 'song-2019-heilongjiang-russia' }.doi",
                        equalTo("10.15826/recon.2019.5.1.002"))
                .body("data.sources.find { it.slug == 'song-2019-heilongjiang-russia' }.citeAs",
                        containsString("https://doi.org/10.15826/recon.2019.5.1.002"));
    }

    @Test
    void tradeSeriesHasEveryColumnAndValueAsPrinted() {
        GraphQLClient.post("query($s: String!) { series(slug: $s) { unitAsPrinted unitNote measures { code unit } "
                + "observations { measureCode periodYear value qualifier } citations { locator source { slug } } } }",
                Map.of("s", "heilongjiang-russia-trade"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.series.unitAsPrinted", equalTo("million US dollars"))
                .body("data.series.measures.code", contains("total", "total_growth", "exports", "exports_growth",
                        "imports", "imports_growth", "share_province", "share_china"))
                .body("data.series.observations.size()", equalTo(88))
                .body("data.series.observations.find { it.measureCode == 'total' && it.periodYear == 2018 }.value",
                        equalTo(181.9f))
                .body("data.series.citations[0].locator", org.hamcrest.Matchers.startsWith("Table 1"))
                .body("data.series.citations[0].source.slug", equalTo("song-2019-heilongjiang-russia"));
    }

    @Test
    void allSeriesListsTheThreeSeries() {
        GraphQLClient.post("{ allSeries { slug observations { qualifier } } }").statusCode(200)
                .body("data.allSeries.slug", contains("heilongjiang-russia-trade", "power-of-siberia-gas",
                        "border-bridge-cargo"))
                .body("data.allSeries[1].observations.qualifier", hasItem("MORE_THAN"));
    }

    @Test
    void unknownSlugIsAGraphQLErrorWithACode() {
        GraphQLClient.post("{ theme(slug: \"atlantis\") { title } }").statusCode(200)
                .body("data.theme", nullValue())
                .body("errors[0].message", equalTo("No theme with slug 'atlantis'."))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("exception")));
    }

    @Test
    void syntaxAndValidationErrorsAreGraphQLErrorsNotServerErrors() {
        GraphQLClient.post("{ themes { slug ").statusCode(200)
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"))
                .body("errors[0].locations[0].column", equalTo(17)) // where the document ends too early
                .body("data", nullValue());
        GraphQLClient.post("{ themes { noSuchField } }").statusCode(200)
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void oneEventAndOneSourceBySlug() {
        GraphQLClient.post("""
                { event(slug: "gazprom-contract-maximum-2024") { title date precision dateLabel
                    themes { slug } projects { slug } actors { slug } citations { locator source { slug } } }
                  source(slug: "zhang-2025-turn-to-the-east") { title authors outlet doi publishedYear } }""")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.event.date", equalTo("2024-12-01"))
                .body("data.event.precision", equalTo("DAY"))
                .body("data.event.dateLabel", equalTo("1 December 2024"))
                .body("data.event.projects.slug", hasItem("power-of-siberia"))
                .body("data.event.citations.source.slug", hasItem("zhang-2025-turn-to-the-east"))
                .body("data.source.doi", equalTo("10.7256/2454-0641.2025.1.73536"))
                .body("data.source.publishedYear", equalTo(2025));
        GraphQLClient.post("{ event(slug: \"no-such-event\") { title } source(slug: \"nope\") { title } }")
                .statusCode(200)
                .body("errors.extensions.code", contains("NOT_FOUND", "NOT_FOUND"));
    }

    @Test
    void everyEntityAndRelationIsReachable() {
        GraphQLClient.post("""
                { actors(limit: 100) { totalCount items { slug name events { slug } perspectives { summary } } }
                  actor(slug: "xu-qin") { name role citations { locator } }
                  place(slug: "heihe") { events { slug } }
                  theme(slug: "energy") { keyFigures { slug displayValue } }
                  source(slug: "song-2019-heilongjiang-russia") { citedBy { type slug title locator } } }""")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.actors.totalCount", org.hamcrest.Matchers.greaterThan(30))
                .body("data.actor.citations.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("data.place.events.slug", hasItem("gazprom-contract-maximum-2024"))
                .body("data.theme.keyFigures.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("data.source.citedBy.find { it.type == 'SERIES' }.slug", equalTo("heilongjiang-russia-trade"));
    }

    /** Dates, figures, units, locators and place names in the language asked for; the values themselves unchanged. */
    @Test
    void textsDatesAndFiguresComeInTheLanguageAskedFor() {
        String query = """
                query($lang: Language) {
                  event(slug: "gazprom-contract-maximum-2024", lang: $lang) { date dateLabel places { name } }
                  keyFigures(theme: "energy", featured: false, limit: 100, lang: $lang) { items { slug value unit displayValue displayText } }
                  series(slug: "heilongjiang-russia-trade", lang: $lang) {
                    observations { measureCode periodYear value displayValue } citations { locator } }
                  place(slug: "heihe", lang: $lang) { name nameEn nameRu nameZh }
                  project(slug: "power-of-siberia", lang: $lang) { capacity capacityText }
                  perspectives(limit: 100, lang: $lang) { items { slug quote quoteTranslation } }
                }""";
        String quoted = "data.perspectives.items.find { it.slug == 'xi-heilongjiang-pivotal-gateway' }";
        String gas = "data.keyFigures.items.find { it.slug == 'power-of-siberia-cumulative-gas' }";
        String trade2018 = "data.series.observations.find { it.measureCode == 'total' && it.periodYear == 2018 }";
        GraphQLClient.post(query, Map.of()).statusCode(200)
                .body("errors", nullValue())
                .body("data.event.dateLabel", equalTo("1 December 2024"))
                .body(gas + ".displayValue", equalTo("more than 80"))
                .body(gas + ".unit", equalTo("billion cubic metres"))
                .body(gas + ".displayText", equalTo("more than 80 billion cubic metres"))
                .body(trade2018 + ".displayValue", equalTo("181.9"))
                .body("data.series.citations[0].locator", org.hamcrest.Matchers.startsWith("Table 1"))
                .body("data.place.name", equalTo("Heihe"))
                .body("data.project.capacityText", equalTo("38 billion cubic metres"))
                .body(quoted + ".quote", equalTo("pivotal"))
                .body(quoted + ".quoteTranslation", nullValue());
        GraphQLClient.post(query, Map.of("lang", "RU")).statusCode(200)
                .body("errors", nullValue())
                .body("data.event.date", equalTo("2024-12-01"))
                .body("data.event.dateLabel", equalTo("1 декабря 2024\u00a0г."))
                .body("data.event.places.name", hasItem("Хэйхэ"))
                .body(gas + ".value", equalTo(80.0f))
                .body(gas + ".unit", equalTo("млрд куб. м"))
                .body(gas + ".displayValue", equalTo("более 80"))
                .body(gas + ".displayText", equalTo("более 80\u00a0млрд\u00a0куб. м"))
                .body(trade2018 + ".value", equalTo(181.9f))
                .body(trade2018 + ".displayValue", equalTo("181,9"))
                .body("data.series.citations[0].locator", org.hamcrest.Matchers.startsWith("табл.\u00a01"))
                .body("data.place.name", equalTo("Хэйхэ"))
                .body("data.project.capacityText", equalTo("38\u00a0млрд\u00a0куб. м"))
                // a quotation keeps its printed wording, the atlas's translation beside it
                .body(quoted + ".quote", equalTo("pivotal"))
                .body(quoted + ".quoteTranslation", equalTo("ключевой"));
        GraphQLClient.post(query, Map.of("lang", "ZH")).statusCode(200)
                .body("errors", nullValue())
                .body("data.event.dateLabel", equalTo("2024年12月1日"))
                .body("data.event.places.name", hasItem("黑河"))
                .body(gas + ".unit", equalTo("十亿立方米"))
                .body(gas + ".displayValue", equalTo("超过80"))
                .body(gas + ".displayText", equalTo("超过800亿立方米"))
                .body(trade2018 + ".displayValue", equalTo("181.9"))
                .body("data.series.citations[0].locator", org.hamcrest.Matchers.startsWith("表1"))
                .body("data.place.name", equalTo("黑河"))
                .body("data.place.nameEn", equalTo("Heihe"))
                .body("data.place.nameRu", equalTo("Хэйхэ"))
                .body("data.project.capacityText", equalTo("380亿立方米"));
    }

    /** Without lang, the Accept-Language header decides, as for the pages; the answer says which language it used. */
    @Test
    void theAnswerReportsTheLanguageItsTextsAreIn() {
        String query = "{ event(slug: \"gazprom-contract-maximum-2024\") { dateLabel } }";
        io.restassured.RestAssured.given().contentType("application/json").accept("application/json")
                .header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200)
                .header("Content-Language", "ru")
                .body("extensions.language", equalTo("ru"))
                .body("data.event.dateLabel", equalTo("1 декабря 2024\u00a0г."));
        io.restassured.RestAssured.given().contentType("application/json").accept("application/json")
                .header("Accept-Language", "zh-CN").body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200)
                .header("Content-Language", "zh-Hans")
                .body("extensions.language", equalTo("zh-Hans"))
                .body("data.event.dateLabel", equalTo("2024年12月1日"));
        GraphQLClient.post(query).statusCode(200)
                .header("Content-Language", "en")
                .body("extensions.language", equalTo("en"))
                .body("data.event.dateLabel", equalTo("1 December 2024"));
        // a lang argument wins over the header; fields asked in two languages report both
        GraphQLClient.post("{ a: event(slug: \"gazprom-contract-maximum-2024\", lang: ZH) { dateLabel }"
                + " b: event(slug: \"gazprom-contract-maximum-2024\", lang: RU) { dateLabel } }").statusCode(200)
                .header("Content-Language", "ru, zh-Hans")
                .body("extensions.language", equalTo("ru, zh-Hans"))
                .body("data.a.dateLabel", equalTo("2024年12月1日"));
    }
}
