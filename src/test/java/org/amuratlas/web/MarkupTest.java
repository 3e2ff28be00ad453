package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the Nu HTML checker finds most often on this site, checked without it on every kind of page: {@code <time>}
 * only with a valid machine-readable date, ids unique on a page, map features with readers' names; plus the words a
 * page may show (no Global Energy Monitor status on a bridge) and the close-up map on a project page. (The checker
 * itself, vnu.jar, runs over every page in {@code e2e.ValidMarkupIT}.)
 */
@QuarkusTest
class MarkupTest {

    static final List<String> PAGES = List.of("/", "/themes", "/themes/energy", "/themes/history", "/projects",
            "/projects?show=all", "/projects/power-of-siberia", "/projects/arctic-eurasian-optical-cable", "/places",
            "/places/heihe", "/timeline", "/timeline?era=antiquity", "/data", "/data/heilongjiang-russia-trade",
            "/data/border-bridge-cargo", "/sources", "/search?q=Heihe", "/?lang=ru", "/timeline?lang=zh");

    /** HTML's valid year, month and date strings (the forms the atlas's dates take). */
    private static final Pattern VALID_DATETIME = Pattern.compile("\\d{4,}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private static String get(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void everyTimeElementCarriesAValidDatetime() {
        for (String path : PAGES) {
            Matcher time = Pattern.compile("<time([^>]*)>").matcher(get(path));
            while (time.find()) {
                Matcher datetime = Pattern.compile("datetime=\"([^\"]*)\"").matcher(time.group(1));
                assertTrue(datetime.find(), path + ": <time> without datetime");
                String value = datetime.group(1);
                assertTrue(VALID_DATETIME.matcher(value).matches() && !value.startsWith("0000"), path + ": datetime " + value);
            }
        }
        String history = get("/themes/history");
        assertTrue(history.contains("<span class=\"date\">"), "dates such as \"mid-19th century\" are text, not <time>");
    }

    @Test
    void idsAreUniqueOnEveryPage() {
        for (String path : PAGES) {
            Set<String> seen = new HashSet<>();
            Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(get(path));
            while (id.find()) {
                assertTrue(seen.add(id.group(1)), path + ": id " + id.group(1) + " twice");
            }
        }
    }

    @Test
    void mapFeaturesCarryReadersNames() {
        for (String path : List.of("/", "/themes/corridors", "/places/heihe", "/projects/power-of-siberia")) {
            assertFalse(Pattern.compile("<title>[a-z]+-\\d+</title>").matcher(get(path)).find(), path);
        }
    }

    @Test
    void theGlobalEnergyMonitorStatusOnlyWhereItsTrackersApply() {
        assertTrue(get("/projects/power-of-siberia").contains("(Global Energy Monitor: operating)"));
        assertFalse(get("/projects/heihe-blagoveshchensk-highway-bridge").contains("Global Energy Monitor"), "a bridge");
        assertFalse(get("/projects/harbin-free-trade-zone").contains("Global Energy Monitor"), "a trade zone");
    }

    @Test
    void aProjectPageHasAMapOfItsPlacesAndTheListBesideIt() {
        String cable = get("/projects/arctic-eurasian-optical-cable");
        assertTrue(cable.contains("<svg class=\"map map-wide\""));
        assertTrue(cable.contains("<svg class=\"map map-compact\""));
        assertTrue(cable.contains("(continues to Murmansk, off the map)"), "the far end named, not drawn");
        assertEquals(1, count(cable, "id=\"map-arctic-eurasian-optical-cable-t\""), "the wide drawing's title");
        assertEquals(1, count(cable, "id=\"map-arctic-eurasian-optical-cable-compact-t\""), "the compact one's, apart");
        String gas = get("/projects/power-of-siberia");
        assertTrue(gas.contains("<title>Power of Siberia gas pipeline (China-Russia eastern route)</title></rect>"),
                "Power of Siberia is drawn, at Heihe");
        assertTrue(gas.contains("(continues to Siberia, off the map)"));
        assertTrue(get("/projects/belt-and-road-initiative").contains("fill=\"url(#map-belt-and-road-initiative-area-0)\""),
                "a country-wide strategy: the country hatched");
        assertFalse(get("/projects/binhai-1-corridor").contains("<svg class=\"map"), "no map for a project with no places");
    }

    @Test
    void everyProjectWithAPlaceIsOnTheHomeMap() {
        String home = get("/");
        String list = home.substring(home.indexOf("<details class=\"map-list\""));
        for (String slug : List.of("power-of-siberia", "sino-russian-crude-oil-pipeline", "crude-oil-pipeline-second-line",
                "heihe-blagoveshchensk-highway-bridge", "tongjiang-nizhneleninskoye-bridge", "arctic-eurasian-optical-cable",
                "harbin-russia-europe-railway", "harbin-free-trade-zone", "china-russia-expo")) {
            assertTrue(list.contains("href=\"/en/projects/" + slug + "\""), slug + " in the list beside the map");
            assertTrue(home.substring(0, home.indexOf("<details class=\"map-list\"")).contains("href=\"/en/projects/" + slug + "\""),
                    slug + " drawn on the map");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
