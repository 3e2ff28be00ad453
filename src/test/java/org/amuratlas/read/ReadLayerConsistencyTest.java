package org.amuratlas.read;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages and the GraphQL API read one read layer, so for every project, place and theme they list the same
 * related records in the same order, in each language (names sort by the reader's language). Compared as slug
 * sequences taken from the page HTML and from the API's answer.
 */
@QuarkusTest
class ReadLayerConsistencyTest {

    private static final Pattern FACTS = Pattern.compile("<dl class=\"facts\">(.*?)</dl>", Pattern.DOTALL);
    private static final Pattern TIMELINE = Pattern.compile("<ol class=\"timeline\">(.*?)</ol>", Pattern.DOTALL);
    private static final Pattern FIRST_CITE = Pattern.compile("<p class=\"cite\">(.*?)</p>", Pattern.DOTALL);
    private static final Pattern FIGURES = Pattern.compile("<ul class=\"figures\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern EVENT = Pattern.compile("<li id=\"([^\"]+)\">");
    private static final Pattern THEME_LINK = Pattern.compile("href=\"/[a-z]{2}/themes/([^\"#?]+)\"");
    private static final Pattern PLACE_LINK = Pattern.compile("href=\"/[a-z]{2}/places/([^\"#?]+)\"");
    private static final Pattern SOURCE_LINK = Pattern.compile("href=\"/[a-z]{2}/sources#([^\"]+)\"");
    private static final Pattern PROJECT_CARD = Pattern.compile("<h3><a href=\"/[a-z]{2}/projects/([^\"]+)\">");
    private static final Pattern FIGURE_LABEL = Pattern.compile("<span class=\"figure-label\"[^>]*>(.*?)</span>");

    @ParameterizedTest
    @ValueSource(strings = {"EN", "RU", "ZH"})
    void everyProjectPageListsWhatTheApiLists(String language) {
        List<Map<String, Object>> projects = api(language, """
                query($lang: Language) { projects(limit: 100, lang: $lang) { totalCount items { slug
                  themes { slug } places { slug } events { slug } citations { source { slug } } } } }""")
                .getList("data.projects.items");
        assertTrue(projects.size() > 40, "the whole catalogue fits one API page");
        for (Map<String, Object> project : projects) {
            String html = page("/projects/" + project.get("slug"), language);
            String facts = section(FACTS, html);
            String what = "project " + project.get("slug") + " in " + language + ": ";
            assertEquals(slugs(project, "themes"), all(THEME_LINK, facts), what + "themes");
            assertEquals(slugs(project, "places"), all(PLACE_LINK, facts), what + "places");
            assertEquals(slugs(project, "events"), all(EVENT, section(TIMELINE, html)), what + "events");
            assertEquals(citedSources(project), all(SOURCE_LINK, section(FIRST_CITE, html)), what + "citations");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "RU", "ZH"})
    void everyPlacePageListsWhatTheApiLists(String language) {
        List<Map<String, Object>> places = new ArrayList<>();
        int total;
        do {
            JsonPath page = api(language, "query($lang: Language) { places(limit: 100, offset: " + places.size()
                    + ", lang: $lang) { totalCount items { slug projects { slug } events { slug }"
                    + " citations { source { slug } } } } }");
            total = page.getInt("data.places.totalCount");
            places.addAll(page.getList("data.places.items"));
        } while (places.size() < total);
        for (Map<String, Object> place : places) {
            String html = page("/places/" + place.get("slug"), language);
            String what = "place " + place.get("slug") + " in " + language + ": ";
            assertEquals(slugs(place, "projects"), all(PROJECT_CARD, html), what + "projects");
            assertEquals(slugs(place, "events"), all(EVENT, section(TIMELINE, html)), what + "events");
            assertEquals(citedSources(place), all(SOURCE_LINK, section(FIRST_CITE, html)), what + "citations");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "RU", "ZH"})
    @SuppressWarnings("unchecked")
    void everyThemePageListsWhatTheApiLists(String language) {
        List<Map<String, Object>> themes = api(language,
                "query($lang: Language) { themes(lang: $lang) { slug projects { slug } keyFigures { label } } }")
                .getList("data.themes");
        assertEquals(8, themes.size());
        for (Map<String, Object> theme : themes) {
            String slug = (String) theme.get("slug");
            String html = page("/themes/" + slug, language);
            List<String> events = api(language, "query($lang: Language) { events(theme: \"" + slug
                    + "\", limit: 100, lang: $lang) { items { slug } } }").getList("data.events.items.slug");
            String what = "theme " + slug + " in " + language + ": ";
            assertEquals(slugs(theme, "projects"), all(PROJECT_CARD, html), what + "projects");
            assertEquals(events, all(EVENT, section(TIMELINE, html)), what + "events");
            List<String> labels = ((List<Map<String, String>>) theme.get("keyFigures")).stream()
                    .map(f -> f.get("label")).toList();
            assertEquals(labels, all(FIGURE_LABEL, section(FIGURES, html)).stream()
                    .map(ReadLayerConsistencyTest::unescape).toList(), what + "key figures");
        }
    }

    private static JsonPath api(String language, String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", Map.of("lang", language)))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static String page(String path, String language) {
        return given().queryParam("lang", language.toLowerCase()).when().get(path).then().statusCode(200)
                .extract().asString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> slugs(Map<String, Object> record, String relation) {
        return ((List<Map<String, Object>>) record.get(relation)).stream().map(r -> (String) r.get("slug")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> citedSources(Map<String, Object> record) {
        return ((List<Map<String, Map<String, String>>>) record.get("citations")).stream()
                .map(c -> c.get("source").get("slug")).toList();
    }

    /** The first match of a section of the page, or "" if the page has none (e.g. no events). */
    private static String section(Pattern section, String html) {
        Matcher matcher = section.matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
