package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amuratlas.model.PlaceKind;
import org.amuratlas.read.Language;
import org.amuratlas.read.Place;
import org.amuratlas.read.Project;
import org.amuratlas.read.Reads;
import org.junit.jupiter.api.Test;

/**
 * Projects whose places are only whole regions or countries (the Trans-Siberian Railway, provincial strategies) are
 * drawn on their own page, their regions hatched; on the overview maps, where they would cover one another, the list
 * beside the map names each of them, with a link, its kind and its regions in the reader's language, and says where
 * they are drawn.
 */
@QuarkusTest
class RegionWideProjectsTest {

    private static final Set<PlaceKind> AREAS = EnumSet.of(PlaceKind.REGION, PlaceKind.COUNTRY, PlaceKind.RIVER);
    private static final Pattern LIST = Pattern.compile("<ul class=\"map-items map-regions\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern AREA_LIST = Pattern.compile("<ul class=\"map-items map-areas\">(.*?)</ul>", Pattern.DOTALL);

    @Inject
    Reads reads;

    @Test
    void theHomeMapNamesEveryProjectAcrossWholeRegions() {
        for (Language language : Language.values()) {
            List<Project> projects = reads.in(language).projects();
            List<Project> regionWide = projects.stream()
                    .filter(p -> !p.places().isEmpty() && p.places().stream().allMatch(pl -> AREAS.contains(pl.kind())))
                    .toList();
            assertTrue(regionWide.stream().anyMatch(p -> p.slug().equals("trans-siberian-railway")),
                    "the Trans-Siberian Railway runs through regions only");

            String prefix = "/" + language.tag;
            String home = given().when().get(prefix + "/").then().statusCode(200).extract().asString();
            Matcher list = LIST.matcher(home);
            assertTrue(list.find(), prefix + ": the list beside the map names the projects across whole regions");
            String items = list.group(1);
            assertEquals(regionWide.size(), items.split("<li>", -1).length - 1, prefix + ": one item per such project");
            for (Project project : regionWide) {
                assertTrue(items.contains("<a href=\"" + prefix + "/projects/" + project.slug() + "\">"
                        + escape(project.name().text()) + "</a>"), prefix + ": " + project.slug());
                for (Place place : project.places()) {
                    assertTrue(items.contains(escape(name(place, language))), prefix + ": " + project.slug()
                            + " is said to be across " + name(place, language));
                }
            }
            for (Project drawn : projects.stream().filter(p -> !regionWide.contains(p)).toList()) {
                assertFalse(items.contains("/projects/" + drawn.slug() + "\""), prefix + ": " + drawn.slug() + " is drawn");
            }
        }
        given().when().get("/").then().body(org.hamcrest.Matchers.containsString(
                "Each is drawn on its own page, its regions hatched"));
    }

    @Test
    void eachIsDrawnOnItsOwnPageWithItsRegionsHatched() {
        for (Language language : Language.values()) {
            List<Project> regionWide = reads.in(language).projects().stream()
                    .filter(p -> !p.places().isEmpty() && p.places().stream().allMatch(pl -> AREAS.contains(pl.kind())))
                    .toList();
            assertTrue(regionWide.size() >= 10, "the provincial strategies, programmes and corridors");
            String prefix = "/" + language.tag;
            for (Project project : regionWide) {
                String page = given().when().get(prefix + "/projects/" + project.slug()).then().statusCode(200)
                        .extract().asString();
                String id = "map-" + project.slug();
                assertTrue(page.contains("<pattern id=\"" + id + "-area-0\""), prefix + ": " + project.slug() + " hatched");
                assertTrue(page.contains("fill=\"url(#" + id + "-area-0)\""), prefix + ": " + project.slug());
                assertTrue(page.contains("<pattern id=\"" + id + "-compact-area-0\""), "and on the phone's map");
                Matcher list = AREA_LIST.matcher(page);
                assertTrue(list.find(), prefix + ": " + project.slug() + " is listed beside its map");
                assertTrue(list.group(1).contains("<a href=\"" + prefix + "/projects/" + project.slug() + "\">"
                        + escape(project.name().text()) + "</a>"));
                for (Place place : project.places().stream().filter(pl -> !pl.outline().isEmpty()).toList()) {
                    String title = escape(project.name().text() + " — " + name(place, language));
                    String listed = escape(name(place, language));
                    assertTrue(list.group(1).contains(listed), prefix + ": " + project.slug() + " names " + listed);
                    boolean inFrame = !place.slug().equals("siberia");
                    assertEquals(inFrame, page.contains("<title>" + title + "</title>"),
                            prefix + ": " + project.slug() + " hatches " + place.slug() + " where it is in the frame");
                }
            }
        }
    }

    private static String name(Place place, Language language) {
        return switch (language) {
            case EN -> place.nameEn();
            case RU -> place.nameRu();
            case ZH -> place.nameZh();
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
