package org.amuratlas.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Projects, places and events through GraphQL, filtered and paged by the same query layer as the pages. */
@QuarkusTest
class ProjectApiTest {

    @Test
    void filtersProjectsLikeTheCataloguePage() {
        GraphQLClient.post("""
                { projects(filter: { theme: "energy", kind: PIPELINE }, sort: NAME, limit: 50) {
                    totalCount hasNext items { slug kind themes { slug } } } }""").statusCode(200)
                .body("errors", nullValue())
                .body("data.projects.items.slug", hasItem("power-of-siberia"))
                .body("data.projects.items.kind", everyItem(equalTo("PIPELINE")))
                .body("data.projects.items.themes.slug", everyItem(hasItem("energy")))
                .body("data.projects.hasNext", equalTo(false));
        // the theme alone narrows the list (every pipeline may be an energy project, so show it separately)
        int all = GraphQLClient.post("{ projects { totalCount } }").statusCode(200).extract().path("data.projects.totalCount");
        GraphQLClient.post("{ projects(filter: { theme: \"agriculture\" }, limit: 100) { totalCount items { themes { slug } } } }")
                .statusCode(200)
                .body("data.projects.totalCount", allOf(greaterThan(0), lessThan(all)))
                .body("data.projects.items.themes.slug", everyItem(hasItem("agriculture")));
    }

    @Test
    void pagesThroughAllProjectsWithATotal() {
        GraphQLClient.post("{ projects(offset: 0, limit: 5) { totalCount offset limit hasNext items { slug } } }")
                .statusCode(200)
                .body("data.projects.items.size()", equalTo(5))
                .body("data.projects.totalCount", greaterThan(20))
                .body("data.projects.hasNext", equalTo(true));
    }

    @Test
    void projectBySlugWithPlacesInRouteOrderAndCitations() {
        GraphQLClient.post("""
                query($slug: String!) { project(slug: $slug) { name status statusAsOf
                  places { slug nameRu nameZh country } citations { locator source { slug } } events { slug date } } }""",
                Map.of("slug", "heihe-blagoveshchensk-highway-bridge")).statusCode(200)
                .body("errors", nullValue())
                .body("data.project.status", equalTo("OPERATIONAL"))
                .body("data.project.places.slug", hasItem("heihe"))
                .body("data.project.places.slug", hasItem("blagoveshchensk"))
                .body("data.project.citations.source.slug", hasItem("zhang-2025-turn-to-the-east"));
    }

    @Test
    void textFilterFindsChineseAndRussianNames() {
        GraphQLClient.post("{ projects(filter: { text: \"黑河\" }, limit: 100) { items { slug } } }").statusCode(200)
                .body("data.projects.items.slug", hasItem("heihe-blagoveshchensk-highway-bridge"));
        GraphQLClient.post("{ projects(filter: { text: \"Нижнеленинское\" }, limit: 100) { items { slug } } }").statusCode(200)
                .body("data.projects.items.slug", hasItem("tongjiang-nizhneleninskoye-bridge"))
                .body("data.projects.items.slug", not(hasItem("heihe-blagoveshchensk-highway-bridge")));
    }

    @Test
    void placesAreFilteredByCountryAndLinkBackToProjects() {
        GraphQLClient.post("{ places(country: RU, limit: 100) { totalCount items { slug country projects { slug } } } }")
                .statusCode(200)
                .body("data.places.items.country", everyItem(equalTo("RU")))
                .body("data.places.items.find { it.slug == 'blagoveshchensk' }.projects.slug",
                        hasItem("heihe-blagoveshchensk-highway-bridge"));
        GraphQLClient.post("{ place(slug: \"heihe\") { nameEn nameRu nameZh latitude longitude outline } }").statusCode(200)
                .body("data.place.nameRu", equalTo("Хэйхэ"))
                .body("data.place.nameZh", equalTo("黑河"))
                .body("data.place.outline", equalTo(List.of()));
    }

    @Test
    void regionsGiveTheAreasTheMapOutlinesThemBy() {
        GraphQLClient.post("{ place(slug: \"northeast-china\") { outline } china: place(slug: \"china\") { outline } }")
                .statusCode(200)
                .body("data.place.outline", equalTo(List.of("CN-HL", "CN-JL", "CN-LN")))
                .body("data.china.outline", equalTo(List.of("CN")));
    }

    @Test
    void eventsComeInDateOrderWithTheirPrecision() {
        List<Map<String, Object>> events = GraphQLClient.post("{ events(limit: 100) { totalCount items { slug date "
                + "dateLabel precision sortYear } } }").statusCode(200)
                .body("data.events.items[0].precision", equalTo("UNDATED"))
                .body("data.events.items.dateLabel", hasItem("mid-19th century"))
                .body("data.events.items.date", hasItem("2024-12-01"))
                .extract().path("data.events.items");
        assertTrue(events.size() > 30, "the whole timeline in one page: " + events.size());
        // by year, then by the date where it is known (a year-precise event before the dated ones of its year)
        for (int i = 1; i < events.size(); i++) {
            Map<String, Object> before = events.get(i - 1);
            Map<String, Object> after = events.get(i);
            int byYear = Integer.compare((Integer) before.get("sortYear"), (Integer) after.get("sortYear"));
            String beforeDate = (String) before.get("date");
            String afterDate = (String) after.get("date");
            assertTrue(byYear < 0 || byYear == 0 && (beforeDate == null || afterDate == null
                    || beforeDate.length() < afterDate.length() || beforeDate.compareTo(afterDate) <= 0),
                    before.get("slug") + " (" + before.get("sortYear") + ", " + beforeDate + ") comes before "
                            + after.get("slug") + " (" + after.get("sortYear") + ", " + afterDate + ")");
        }
    }

    @Test
    void eventsAreFilteredByThemeAndYears() {
        List<Map<String, Object>> energy = GraphQLClient.post("{ events(theme: \"energy\", fromYear: 2019, toYear: 2024, "
                + "limit: 100) { totalCount items { slug sortYear themes { slug } } } }").statusCode(200)
                .body("errors", nullValue())
                .extract().path("data.events.items");
        assertTrue(energy.size() >= 2, "energy events 2019-2024: " + energy);
        for (Map<String, Object> event : energy) {
            int year = (Integer) event.get("sortYear");
            assertTrue(year >= 2019 && year <= 2024, event.get("slug") + " in " + year);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> themes = (List<Map<String, Object>>) event.get("themes");
            assertTrue(themes.stream().anyMatch(t -> "energy".equals(t.get("slug"))), event.get("slug") + " " + themes);
        }
        int all = GraphQLClient.post("{ events(fromYear: 2019, toYear: 2024) { totalCount } }").statusCode(200)
                .extract().path("data.events.totalCount");
        assertTrue(all > energy.size(), "the theme narrows the years' " + all + " events to " + energy.size());
    }

    @Test
    void badArgumentsAreClearErrorsWithCodes() {
        GraphQLClient.post("{ projects(limit: 1000) { totalCount } }").statusCode(200)
                .body("errors[0].message", containsString("limit must be between 1 and 100"))
                .body("errors[0].extensions.code", equalTo("BAD_ARGUMENT"));
        GraphQLClient.post("{ projects(offset: -1) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_ARGUMENT"));
        GraphQLClient.post("{ projects(filter: { status: EXPLODED }) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        GraphQLClient.post("{ project(slug: \"nope\") { slug } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("data.project", nullValue());
    }

    @Test
    void searchFindsRecordsInAllThreeLanguages() {
        GraphQLClient.post("{ search(text: \"Благовещенск\") { type slug title } }").statusCode(200)
                .body("data.search.slug", hasItem("blagoveshchensk"));
        GraphQLClient.post("{ search(text: \"布拉戈维申斯克\") { type slug title } }").statusCode(200)
                .body("data.search.slug", hasItem("blagoveshchensk"));
        GraphQLClient.post("{ search(text: \"Power of Siberia\") { type slug } }").statusCode(200)
                .body("data.search.findAll { it.type == 'PROJECT' }.slug", hasItem("power-of-siberia"));
        GraphQLClient.post("{ search(text: \"\") { slug } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_ARGUMENT"));
    }

    @Test
    void analysisListsAreAttributedAndCited() {
        GraphQLClient.post("{ perspectives(theme: \"geopolitics\") { totalCount items { summary actor { name } citations { locator } } } "
                + "challenges(theme: \"corridors\") { items { title citations { source { slug } } } } "
                + "recommendations(limit: 5) { totalCount hasNext items { title proposedBy { name } } } "
                + "keyFigures(featured: true) { items { displayValue unit } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.perspectives.totalCount", greaterThan(0))
                .body("data.challenges.items.size()", greaterThan(0))
                .body("data.recommendations.items.size()", equalTo(5))
                .body("data.recommendations.hasNext", equalTo(true))
                .body("data.keyFigures.items.displayValue", hasItem("2,981"));
    }

    @Test
    void themesAreReturnedInDisplayOrder() {
        GraphQLClient.post("{ themes { slug } }").statusCode(200)
                .body("data.themes.slug", contains("energy", "corridors", "agriculture", "history", "trade-investment",
                        "industry-technology", "people-culture", "geopolitics"));
    }
}
