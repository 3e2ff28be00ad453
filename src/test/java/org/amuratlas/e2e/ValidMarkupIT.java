package org.amuratlas.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every page passes the Nu HTML checker with no error: every page the sitemap lists (home, themes and each theme,
 * the catalogue, each project, places and each place, timeline, data and each series, sources, search, about, in
 * English, Russian and Chinese), plus in each language the pages it cannot list: filtered catalogues and "show all",
 * a filtered timeline, a search with hits, an embedded chart, and the 404 and 400 pages. The pages are read from the
 * packaged app, saved to files and checked in one run of vnu.jar ({@link NuHtmlChecker}); a failure names each page
 * and message.
 */
@QuarkusIntegrationTest
class ValidMarkupIT {

    private static final List<String> LANGUAGES = List.of("en", "ru", "zh");
    /** Pages with a query, which the sitemap does not list, each with the status it answers. */
    private static final Map<String, Integer> UNLISTED = linked(
            "/projects?theme=energy&status=operational", 200,
            "/projects?show=all", 200,
            "/projects?from=2019&to=2019&undated=include&sort=start_year", 200,
            "/timeline?theme=energy", 200,
            "/timeline?era=antiquity", 200,
            "/search?q=Heihe", 200,
            "/search?q=%D0%A5%D1%8D%D0%B9%D1%85%D1%8D", 200,
            "/embed/data/heilongjiang-russia-trade", 200,
            "/projects/no-such-project", 404,
            "/data/no-such-series", 404,
            "/projects?status=bogus", 400,
            "/timeline?era=bronze-age", 400);
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        NuHtmlChecker.requireJar();
        Map<String, Integer> pages = new LinkedHashMap<>();
        String sitemap = given().when().get("/sitemap.xml").then().statusCode(200).extract().asString();
        Matcher loc = LOC.matcher(sitemap);
        while (loc.find()) {
            URI uri = URI.create(loc.group(1));
            pages.put(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), 200);
        }
        assertTrue(pages.size() > 300, "the sitemap lists every page in three languages: " + pages.size());
        for (String language : LANGUAGES) {
            UNLISTED.forEach((path, status) -> pages.put("/" + language + path, status));
        }

        Path dir = Files.createTempDirectory("nu-html-check");
        Map<String, String> pageOfFile = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> page : pages.entrySet()) {
            Response response = given().when().get(page.getKey());
            if (response.statusCode() != page.getValue()) {
                fail(page.getKey() + " answered " + response.statusCode() + ", expected " + page.getValue());
            }
            String file = "page-" + (pageOfFile.size() + 1) + ".html";
            Files.writeString(dir.resolve(file), response.asString(), StandardCharsets.UTF_8);
            pageOfFile.put(file, page.getKey());
        }

        List<NuHtmlChecker.Error> errors = NuHtmlChecker.check(dir);
        if (!errors.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (NuHtmlChecker.Error error : errors) {
                lines.add(pageOfFile.getOrDefault(error.file(), error.file()) + " " + error.where() + ": "
                        + error.message());
            }
            fail(errors.size() + " Nu HTML checker error(s) on "
                    + errors.stream().map(NuHtmlChecker.Error::file).distinct().count() + " of " + pages.size()
                    + " pages (pages kept in " + dir + "):" + System.lineSeparator()
                    + lines.stream().limit(200).collect(Collectors.joining(System.lineSeparator())));
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
        System.out.println("[ValidMarkupIT] " + pages.size() + " pages, 0 Nu HTML checker errors");
    }

    private static Map<String, Integer> linked(Object... pathsAndStatuses) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndStatuses.length; i += 2) {
            map.put((String) pathsAndStatuses[i], (Integer) pathsAndStatuses[i + 1]);
        }
        return map;
    }
}
