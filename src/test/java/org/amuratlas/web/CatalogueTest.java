package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amuratlas.api.GraphQLClientAccess;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as a researcher uses it: every project on one page, the same list as CSV, years or "undated" for
 * every project, year filters that leave undated projects out unless asked, the theme list, and the same undated
 * rule in GraphQL.
 */
@QuarkusTest
class CatalogueTest {

    private static final Pattern ROW_LINK = Pattern.compile("<th scope=\"row\"><a href=\"/en/projects/([a-z0-9-]+)\">");

    private static List<String> slugsOnPage(String query) {
        String html = given().when().get("/projects" + query).then().statusCode(200).extract().asString();
        List<String> slugs = new ArrayList<>();
        Matcher m = ROW_LINK.matcher(html);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    private static List<String> slugsInCsv(String query) {
        String csv = given().when().get("/projects.csv" + query).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> slugs = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            if (!line.startsWith("slug,")) {
                slugs.add(line.substring(0, line.indexOf(',')));
            }
        }
        return slugs;
    }

    @Test
    void showAllListsEveryProjectOnOnePage() {
        int total = GraphQLClientAccess.totalProjects("{}");
        assertTrue(total > ProjectPages.PAGE_SIZE, "more projects than a page holds");
        assertEquals(ProjectPages.PAGE_SIZE, slugsOnPage("").size());
        assertEquals(total, slugsOnPage("?show=all").size());
        given().when().get("/projects").then().body(containsString("href=\"/en/projects?show=all\">Show all " + total + "</a>"));
        given().when().get("/projects?show=all").then().body(containsString("href=\"/en/projects\">Show 20 a page</a>"))
                .body(not(containsString("rel=\"next\"")));
        given().when().get("/projects?show=everything").then().statusCode(400);
    }

    @Test
    void theCsvHasTheFilteredListInTheSameOrder() {
        for (String query : List.of("?sort=start_year", "?theme=energy&sort=status", "?country=ru&from=2000&undated=include",
                "?kind=railway&sort=kind")) {
            List<String> page = slugsOnPage(query + "&show=all");
            assertTrue(!page.isEmpty(), query);
            assertEquals(page, slugsInCsv(query), "CSV and page agree for " + query);
        }
        given().when().get("/projects?theme=energy").then()
                .body(containsString("href=\"/en/projects.csv?theme=energy\" download>Download this list as CSV</a>"));
        given().when().get("/projects.csv?status=bogus").then().statusCode(400);
        String csv = given().when().get("/projects.csv?kind=pipeline").then().extract().asString();
        assertTrue(csv.startsWith(ProjectCatalogueCsv.HEADER + "\r\n"), csv);
        assertTrue(csv.contains("power-of-siberia,\"Power of Siberia gas pipeline (China-Russia eastern route)\",pipeline,"
                + "operational,\"December 2024 (Zhang 2025)\",,2019,true,exact,38,\"billion cubic metres\""), csv);
    }

    @Test
    void everyProjectShowsItsYearsOrSaysUndated() {
        String html = given().when().get("/projects?show=all").then().statusCode(200).extract().asString();
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        int rows = body.split("<tr>").length - 1;
        Matcher years = Pattern.compile("<td>(\\d{4}–\\d{4}|from \\d{4}|completed \\d{4}|<span class=\"muted\">undated</span>)</td>")
                .matcher(body);
        int withYears = 0;
        while (years.find()) {
            withYears++;
        }
        assertEquals(rows, withYears, "a years cell in every row");
        assertTrue(body.contains("completed 2019"), "Power of Siberia's completion year");
    }

    @Test
    void aYearFilterLeavesUndatedProjectsOutUnlessAsked() {
        List<String> all = slugsOnPage("?show=all");
        List<String> in2019 = slugsOnPage("?from=2019&to=2019&show=all");
        List<String> withUndated = slugsOnPage("?from=2019&to=2019&undated=include&show=all");
        assertTrue(in2019.size() < 10, "only dated projects running in 2019: " + in2019);
        assertTrue(in2019.contains("power-of-siberia"), "completed in 2019");
        assertTrue(!in2019.contains("heihe-blagoveshchensk-highway-bridge"), "undated");
        assertTrue(withUndated.containsAll(in2019) && withUndated.contains("heihe-blagoveshchensk-highway-bridge"));
        assertTrue(withUndated.size() < all.size(), "a project completed before 2019 stays out");
        given().when().get("/projects?from=2019&to=2019").then()
                .body(containsString((withUndated.size() - in2019.size()) + " projects without years are left out"));
        given().when().get("/projects?undated=maybe").then().statusCode(400).body(containsString("undated"));
        assertEquals(all.size(), slugsOnPage("?undated=include&show=all").size(), "without years asked, nothing is left out");
        // the API applies the same filter
        assertEquals(in2019.size(), GraphQLClientAccess.totalProjects("{ fromYear: 2019, toYear: 2019 }"));
        assertEquals(withUndated.size(),
                GraphQLClientAccess.totalProjects("{ fromYear: 2019, toYear: 2019, includeUndated: true }"));
    }

    @Test
    void themesAreListedAndTheMenuLeadsThere() {
        given().when().get("/themes").then().statusCode(200)
                .body(containsString("<h1>Themes</h1>"))
                .body(containsString("href=\"/en/themes/energy\""))
                .body(containsString("href=\"/en/themes/history\""))
                .body(containsString("href=\"/en/themes/geopolitics\""));
        given().when().get("/").then().body(containsString("<li><a href=\"/en/themes\">Themes</a></li>"));
    }

    @Test
    void theFiltersFoldAwayUntilUsed() {
        given().when().get("/projects").then()
                .body(containsString("<details class=\"filter-box\">"));
        given().when().get("/projects?theme=energy").then()
                .body(containsString("<details class=\"filter-box\" open>"));
    }
}
