package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectPagesTest {

    @Test
    void catalogueListsProjectsWithStatusKindAndPlaces() {
        given().when().get("/projects").then().statusCode(200)
                .body(containsString("<h1>Projects</h1>"))
                .body(containsString("<form class=\"filters\" method=\"get\" action=\"/en/projects\""))
                .body(containsString("projects found, showing 1–20."))
                .body(containsString("rel=\"next\" href=\"/en/projects?offset=20\""));
    }

    @Test
    void filtersCombineAndStayInTheUrl() {
        given().queryParam("theme", "energy").queryParam("kind", "pipeline").when().get("/projects").then()
                .statusCode(200)
                .body(containsString("href=\"/en/projects/power-of-siberia\""))
                .body(not(containsString("href=\"/en/projects/heihe-blagoveshchensk-highway-bridge\"")))
                .body(containsString("<option value=\"energy\" selected>"))
                .body(containsString("<option value=\"pipeline\" selected>"));
    }

    @Test
    void textFilterMatchesPlaceNamesInRussianAndChinese() {
        given().queryParam("q", "Благовещенск").when().get("/projects").then().statusCode(200)
                .body(containsString("href=\"/en/projects/heihe-blagoveshchensk-highway-bridge\""));
        given().queryParam("q", "同江").when().get("/projects").then().statusCode(200)
                .body(containsString("href=\"/en/projects/tongjiang-nizhneleninskoye-bridge\""));
    }

    @Test
    void placeAndStatusFiltersNarrowTheList() {
        given().queryParam("place", "heihe").queryParam("status", "operational").when().get("/projects").then()
                .statusCode(200)
                .body(containsString("href=\"/en/projects/heihe-blagoveshchensk-highway-bridge\""))
                .body(not(containsString("href=\"/en/projects/anshan-metallurgical-company\"")));
    }

    @Test
    void yearFiltersKeepProjectsRunningInTheYears() {
        List<Map<String, Object>> all = allProjects();
        // from: still running in or after the year (open-ended counts); to: started in or before it (unknown counts);
        // a project with neither year is left out by either, unless undated=include
        java.util.function.Predicate<Map<String, Object>> dated = p -> p.get("startYear") != null
                || p.get("completionYear") != null;
        List<String> from2020 = slugsWhere(all, p -> dated.test(p) && (p.get("completionYear") == null
                || (Integer) p.get("completionYear") >= 2020));
        List<String> to1990 = slugsWhere(all, p -> dated.test(p) && (p.get("startYear") == null
                || (Integer) p.get("startYear") <= 1990));
        List<String> both = slugsWhere(all, p -> from2020.contains(p.get("slug")) && to1990.contains(p.get("slug")));
        assertTrue(from2020.size() < all.size() && to1990.size() < all.size() && both.size() < to1990.size(),
                "the years must exclude something: " + from2020.size() + ", " + to1990.size() + ", " + both.size()
                        + " of " + all.size());
        assertEquals(from2020, catalogue("from=2020"));
        assertEquals(to1990, catalogue("to=1990"));
        assertEquals(both, catalogue("from=2020&to=1990"));
        assertEquals(slugsWhere(all, p -> !dated.test(p) || from2020.contains(p.get("slug"))),
                catalogue("from=2020&undated=include"));
    }

    @Test
    void countryFilterKeepsProjectsWithAPlaceInThatCountry() {
        List<Map<String, Object>> all = allProjects();
        for (String country : List.of("CN", "RU")) {
            List<String> expected = slugsWhere(all, p -> ((List<?>) p.get("places")).stream()
                    .anyMatch(place -> country.equals(((Map<?, ?>) place).get("country"))));
            assertTrue(expected.size() > 0 && expected.size() < all.size(), country + ": " + expected.size());
            assertEquals(expected, catalogue("country=" + country.toLowerCase()), "country " + country);
        }
    }

    @Test
    void everySortOrderSortsByItsField() {
        List<Map<String, Object>> byName = allProjects();
        // names sort as an English reader expects (the language's collation: case and dashes do not lead)
        Collator english = Collator.getInstance(Locale.ENGLISH);
        List<String> names = byName.stream().map(p -> (String) p.get("name")).toList();
        assertEquals(names.stream().sorted(english).toList(), names, "NAME");
        for (String sort : List.of("name", "start_year", "status", "kind")) {
            List<Map<String, Object>> sorted = apiProjects("sort: " + sort.toUpperCase());
            for (int i = 1; i < sorted.size(); i++) {
                Map<String, Object> a = sorted.get(i - 1);
                Map<String, Object> b = sorted.get(i);
                int primary = switch (sort) {
                    case "start_year" -> Integer.compare(startYear(a), startYear(b));
                    case "status" -> Integer.compare(ProjectStatus.valueOf((String) a.get("status")).ordinal(),
                            ProjectStatus.valueOf((String) b.get("status")).ordinal());
                    case "kind" -> Integer.compare(ProjectKind.valueOf((String) a.get("kind")).ordinal(),
                            ProjectKind.valueOf((String) b.get("kind")).ordinal());
                    default -> 0;
                };
                assertTrue(primary < 0 || primary == 0
                        && english.compare((String) a.get("name"), (String) b.get("name")) <= 0,
                        sort + ": " + a.get("slug") + " comes before " + b.get("slug"));
            }
            // the page lists the same order as the API, page after page
            assertEquals(sorted.stream().map(p -> (String) p.get("slug")).toList(), catalogue("sort=" + sort), sort);
        }
    }

    /** Every project in the catalogue's order for a query string, following the pager to the end. */
    private static List<String> catalogue(String query) {
        List<String> slugs = new ArrayList<>();
        String next = "/projects?" + query;
        while (next != null) {
            String html = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().asString();
            String rows = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
            Matcher project = Pattern.compile("<tr>\\s*<th scope=\"row\"><a href=\"/en/projects/([a-z0-9-]+)\">").matcher(rows);
            while (project.find()) {
                slugs.add(project.group(1));
            }
            Matcher pager = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(html);
            next = pager.find() ? pager.group(1).replace("&amp;", "&") : null;
        }
        return slugs;
    }

    /** Every project as the GraphQL API lists it: the other face of the same catalogue query. */
    private static List<Map<String, Object>> apiProjects(String arguments) {
        return given().contentType("application/json").body(Map.of("query", "{ projects(" + arguments + ", limit: 100) "
                + "{ totalCount items { slug name kind status startYear completionYear places { country } } } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue())
                .extract().path("data.projects.items");
    }

    private static List<Map<String, Object>> allProjects() {
        return apiProjects("sort: NAME");
    }

    private static List<String> slugsWhere(List<Map<String, Object>> projects, Predicate<Map<String, Object>> test) {
        return projects.stream().filter(test).map(p -> (String) p.get("slug")).toList();
    }

    /** Unknown start years sort last. */
    private static int startYear(Map<String, Object> project) {
        return project.get("startYear") == null ? 9999 : (Integer) project.get("startYear");
    }

    @Test
    void projectPageShowsStatusPlacesFiguresAndEverySource() {
        given().when().get("/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("<h1>Power of Siberia gas pipeline (China-Russia eastern route)</h1>"))
                .body(containsString("class=\"tag status-operational\""))
                .body(containsString("href=\"/en/places/heihe\""))
                .body(containsString("href=\"/en/themes/energy\""))
                .body(containsString("Zhang (2025)</a>, </span><wbr>§2.2"))
                .body(containsString("<h2>Timeline</h2>"));
    }

    @Test
    void tongjiangBridgeShowsItsCargoFigureAsPrinted() {
        given().when().get("/projects/tongjiang-nizhneleninskoye-bridge").then().statusCode(200)
                .body(containsString("<dd>more than 6 million tonnes"))
                .body(containsString("href=\"/en/places/nizhneleninskoye\""));
    }

    @Test
    void headlineFiguresKeepThePrintedUnitWithoutAddingAPeriod() {
        // Zhang prints "38 billion cubic meters" with no "per year": the annual reading is the atlas's own note
        given().when().get("/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("<dd>38 billion cubic metres <span"))
                .body(containsString("the paper prints no &quot;per year&quot;"));
        given().when().get("/projects/heihe-blagoveshchensk-highway-bridge").then().statusCode(200)
                .body(containsString("<dd>more than 370 thousand tonnes in one year"));
    }
}
