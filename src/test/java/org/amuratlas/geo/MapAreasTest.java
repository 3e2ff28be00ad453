package org.amuratlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Projects across whole regions: each region is hatched in the project kind's colour with a dashed outline, linked
 * to the project, named on its own land (a country's name is on the map already), matched by a legend entry; a
 * region wholly outside the frame is said to be off the map, not drawn.
 */
class MapAreasTest {

    private static final GeoData DATA = GeoData.shared();
    private static final Projection REGION = new Projection(GeoBox.REGION, BorderMap.WIDTH);

    private static final MapArea CORRIDOR = new MapArea("Grain corridor", "/projects/grain", "TRANSPORT_CORRIDOR",
            "transport corridor", List.of(new MapArea.Region("Northeast China", List.of("CN-HL", "CN-JL", "CN-LN")),
                    new MapArea.Region("Russian Far East", List.of("RU-AMU", "RU-KHA", "RU-PRI"))));
    private static final MapArea RAILWAY = new MapArea("Trans-Siberian", "/projects/trans-sib", "RAILWAY", "railway",
            List.of(new MapArea.Region("Siberia", List.of("RU-IRK")), new MapArea.Region("Russian Far East",
                    List.of("RU-AMU"))));
    private static final MapArea STRATEGY = new MapArea("Belt and Road", "/projects/bri", "STRATEGY", "strategy",
            List.of(new MapArea.Region("China", List.of("CN"))));

    private static DrawnMap draw(List<MapArea> areas) {
        return new BorderMap().draw("a", "Areas", List.of(), List.of(), List.of(), areas, Optional.empty(),
                EnglishMapWords.INSTANCE, false);
    }

    @Test
    void eachRegionIsHatchedInTheKindsColourLinkedToTheProject() {
        DrawnMap map = draw(List.of(CORRIDOR));
        MapSvg svg = new MapSvg(map.svg());
        String colour = MapStyle.kindColour("TRANSPORT_CORRIDOR");
        List<Element> shaded = svg.all("path").stream().filter(p -> p.getAttribute("fill").equals("url(#a-area-0)")).toList();
        assertEquals(2, shaded.size(), "one hatched path per region");
        for (Element path : shaded) {
            assertEquals(colour, path.getAttribute("stroke"));
            assertFalse(path.getAttribute("stroke-dasharray").isEmpty(), "a dashed outline, unlike a river");
            assertEquals("a", ((Element) path.getParentNode()).getTagName(), "linked to the project");
            assertEquals("/projects/grain", ((Element) path.getParentNode()).getAttribute("href"));
        }
        assertEquals("Grain corridor — Northeast China", shaded.get(0).getTextContent());
        assertEquals("Grain corridor — Russian Far East", shaded.get(1).getTextContent());
        Element pattern = svg.all("pattern").get(0);
        assertEquals("a-area-0", pattern.getAttribute("id"));
        assertTrue(pattern.getTextContent().isEmpty() && pattern.getElementsByTagName("path").getLength() == 1);
        assertEquals(colour, ((Element) pattern.getElementsByTagName("path").item(0)).getAttribute("stroke"));
        assertEquals(List.of(new DrawnMap.Area("Grain corridor", "/projects/grain", "TRANSPORT_CORRIDOR",
                "transport corridor", colour, List.of("Northeast China", "Russian Far East"), List.of())), map.areas());
    }

    @Test
    void theHatchingCoversItsProvincesAndNothingElse() {
        String d = new MapSvg(draw(List.of(CORRIDOR)).svg()).all("path").stream()
                .filter(p -> p.getAttribute("fill").equals("url(#a-area-0)")).findFirst().orElseThrow().getAttribute("d");
        // every vertex of the Northeast China path lies in (or on the edge of) Heilongjiang, Jilin or Liaoning
        var pairs = Pattern.compile("[ML](-?[\\d.]+) (-?[\\d.]+)").matcher(d);
        int count = 0;
        while (pairs.find()) {
            double lon = REGION.lon(Double.parseDouble(pairs.group(1)));
            double lat = REGION.lat(Double.parseDouble(pairs.group(2)));
            assertTrue(lat > 38 && lat < 54 && lon > 118 && lon < 135.5, lat + "," + lon);
            count++;
        }
        assertTrue(count > 100, "drawn in detail: " + count + " points");
    }

    @Test
    void regionsAreNamedOnTheirOwnLandInTheKindsColour() {
        MapSvg svg = new MapSvg(draw(List.of(CORRIDOR)).svg());
        for (String name : List.of("Northeast China", "Russian Far East")) {
            Element label = svg.all("text").stream().filter(t -> t.getTextContent().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is written on the map"));
            assertEquals(MapStyle.kindColour("TRANSPORT_CORRIDOR"), label.getAttribute("fill"));
            double lon = REGION.lon(Double.parseDouble(label.getAttribute("x")));
            double lat = REGION.lat(Double.parseDouble(label.getAttribute("y")) - 5);
            List<GeoFeature> features = AreaLayer.features(name.equals("Northeast China")
                    ? CORRIDOR.regions().get(0) : CORRIDOR.regions().get(1), DATA);
            assertTrue(features.stream().anyMatch(f -> f.contains(lat, lon)), name + " written on its own land");
        }
    }

    @Test
    void aCountryIsHatchedButNotNamedTwice() {
        MapSvg svg = new MapSvg(draw(List.of(STRATEGY)).svg());
        assertEquals(1, svg.all("path").stream().filter(p -> p.getAttribute("fill").equals("url(#a-area-0)")).count());
        assertEquals(1, svg.all("text").stream().filter(t -> t.getTextContent().equalsIgnoreCase("china")).count(),
                "only the map's own country name");
    }

    @Test
    void aRegionOutsideTheFrameIsNamedAsOffTheMap() {
        DrawnMap map = draw(List.of(RAILWAY));
        DrawnMap.Area area = map.areas().get(0);
        assertEquals(List.of("Russian Far East"), area.regions());
        assertEquals(List.of("Siberia"), area.offMap(), "Irkutsk Oblast lies west of the frame");
        MapSvg svg = new MapSvg(map.svg());
        assertEquals(1, svg.all("path").stream().filter(p -> p.getAttribute("fill").equals("url(#a-area-0)")).count());
        assertTrue(svg.root().getElementsByTagName("desc").item(0).getTextContent()
                .contains("Trans-Siberian (across Russian Far East) (continues to Siberia, off the map)"));
    }

    @Test
    void aProjectWhollyOutsideTheFrameIsNotDrawn() {
        MapArea siberiaOnly = new MapArea("Siberian plan", "/projects/s", "PROGRAMME", "programme",
                List.of(new MapArea.Region("Siberia", List.of("RU-IRK"))));
        DrawnMap map = draw(List.of(siberiaOnly));
        assertTrue(map.areas().isEmpty());
        assertFalse(map.svg().contains("<pattern"));
        assertFalse(map.svg().contains("Hatched"), "no legend entry for what is not drawn");
    }

    @Test
    void theLegendShowsTheHatchingAndTheKind() {
        MapSvg svg = new MapSvg(draw(List.of(CORRIDOR, STRATEGY)).svg());
        List<String> texts = svg.all("text").stream().map(Element::getTextContent).toList();
        assertTrue(texts.contains("Hatched: across the whole region"));
        assertTrue(texts.contains("transport corridor"));
        assertTrue(texts.contains("strategy"));
        assertTrue(svg.all("pattern").stream().map(p -> p.getAttribute("id")).toList()
                .containsAll(List.of("a-area-0", "a-area-1")), "each project its own hatching");
    }

    @Test
    void theRegionOutlinesLieWhereTheirCitiesAre() {
        record City(String name, double lat, double lon, String region) {
        }
        for (City city : List.of(new City("Harbin", 45.8, 126.53, "CN-HL"), new City("Heihe", 50.22, 127.45, "CN-HL"),
                new City("Changchun", 43.88, 125.32, "CN-JL"), new City("Shenyang", 41.8, 123.43, "CN-LN"),
                new City("Blagoveshchensk", 50.29, 127.55, "RU-AMU"), new City("Khabarovsk", 48.48, 135.08, "RU-KHA"),
                new City("Vladivostok", 43.13, 131.92, "RU-PRI"), new City("Birobidzhan", 48.79, 132.92, "RU-YEV"),
                new City("Chita", 52.03, 113.5, "RU-ZAB"), new City("Yuzhno-Sakhalinsk", 46.96, 142.73, "RU-SAK"))) {
            for (GeoFeature region : DATA.features().stream().filter(f -> f.kind() == GeoFeature.Kind.REGION).toList()) {
                assertEquals(region.id().equals(city.region()), region.contains(city.lat(), city.lon()),
                        city.name() + " in " + region.id());
            }
            assertEquals(city.region().substring(0, 2), DATA.countryAt(city.lat(), city.lon()).orElseThrow(),
                    city.name() + ": region and country outlines agree");
        }
    }
}
