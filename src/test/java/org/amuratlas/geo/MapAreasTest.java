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

    /** The box a region's name takes: centred on the text's x, its baseline 3 units above the box's foot. */
    private static double[] labelBox(Element text) {
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        double w = org.amuratlas.chart.TextWidth.estimate(text.getTextContent(), AreaLayer.LABEL_SIZE) + 6;
        double h = AreaLayer.LABEL_SIZE + 5;
        return new double[] {x - w / 2, y + 3 - h, x + w / 2, y + 3};
    }

    private static boolean on(List<GeoFeature> features, double x, double y) {
        double lat = REGION.lat(y), lon = REGION.lon(x);
        return features.stream().anyMatch(f -> f.contains(lat, lon));
    }

    @Test
    void aRegionsNameStandsWhollyOnItNearTheMiddleOfItsPartInView() {
        MapSvg svg = new MapSvg(draw(List.of(CORRIDOR)).svg());
        for (MapArea.Region region : CORRIDOR.regions()) {
            List<GeoFeature> features = AreaLayer.features(region, DATA);
            Element text = svg.all("text").stream().filter(t -> t.getTextContent().equals(region.name())).findFirst()
                    .orElseThrow();
            double[] box = labelBox(text);
            for (int i = 0; i <= 4; i++) {
                for (int j = 0; j <= 2; j++) {
                    assertTrue(on(features, box[0] + (box[2] - box[0]) * i / 4, box[1] + (box[3] - box[1]) * j / 2),
                            region.name() + "'s name lies wholly on it");
                }
            }
            // the middle of the region's part in view, sampled independently on a 10-unit grid
            double sumX = 0, sumY = 0;
            int n = 0;
            for (double y = 5; y < REGION.height(); y += 10) {
                for (double x = 5; x < BorderMap.WIDTH; x += 10) {
                    if (on(features, x, y)) {
                        sumX += x;
                        sumY += y;
                        n++;
                    }
                }
            }
            double cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2;
            double off = Math.hypot(cx - sumX / n, cy - sumY / n);
            assertTrue(off < 40, region.name() + " is named near its middle, " + off + " units off");
        }
    }

    @Test
    void aNameTooWideForItsRegionIsLeftToTheTooltip() {
        MapArea jewish = new MapArea("Plan", "/projects/plan", "PROGRAMME", "programme",
                List.of(new MapArea.Region("Jewish Autonomous Oblast", List.of("RU-YEV"))));
        MapSvg svg = new MapSvg(draw(List.of(jewish)).svg());
        assertTrue(svg.all("text").stream().noneMatch(t -> t.getTextContent().equals("Jewish Autonomous Oblast")),
                "the name is wider than the oblast: not written across its borders");
        assertTrue(svg.all("path").stream().anyMatch(p -> p.getTextContent().equals("Plan — Jewish Autonomous Oblast")),
                "the tooltip names it");
    }

    @Test
    void twoProjectsAcrossOneRegionKeepTheirNamesApart() {
        MapArea one = new MapArea("One", "/projects/one", "PROGRAMME", "programme",
                List.of(new MapArea.Region("Heilongjiang", List.of("CN-HL"))));
        MapArea two = new MapArea("Two", "/projects/two", "STRATEGY", "strategy",
                List.of(new MapArea.Region("Heilongjiang", List.of("CN-HL"))));
        List<double[]> boxes = new MapSvg(draw(List.of(one, two)).svg()).all("text").stream()
                .filter(t -> t.getTextContent().equals("Heilongjiang")).map(MapAreasTest::labelBox).toList();
        assertEquals(2, boxes.size(), "each project's hatching named");
        double[] a = boxes.get(0), b = boxes.get(1);
        assertTrue(a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1], "the two names do not overlap");
    }

    @Test
    void onlyProvincesAndCountriesOutlineARegion() {
        String withRiver = regionPath(new MapArea.Region("Heilongjiang", List.of("amur", "CN-HL", "no-such-code")));
        String plain = regionPath(new MapArea.Region("Heilongjiang", List.of("CN-HL")));
        assertEquals(plain, withRiver, "a river's or an unknown code adds nothing to the hatching");
    }

    private static String regionPath(MapArea.Region region) {
        MapArea area = new MapArea("P", "/projects/p", "PROGRAMME", "programme", List.of(region));
        return new MapSvg(draw(List.of(area)).svg()).all("path").stream()
                .filter(p -> p.getAttribute("fill").equals("url(#a-area-0)")).findFirst().orElseThrow().getAttribute("d");
    }

    @Test
    void aRegionShownForItselfIsNamedInTheLegendWithoutTheProjectsHatchingEntry() {
        MapArea itself = new MapArea("Heilongjiang", null, null, "Heilongjiang",
                List.of(new MapArea.Region("Heilongjiang", List.of("CN-HL"))));
        assertEquals("", itself.kind());
        assertEquals("", new MapArea("P", null, "PROGRAMME", null, List.of()).kindLabel());
        MapSvg svg = new MapSvg(draw(List.of(itself)).svg());
        List<String> texts = svg.all("text").stream().map(Element::getTextContent).toList();
        assertFalse(texts.contains("Hatched: across the whole region"), "no project is hatched");
        assertTrue(svg.all("path").stream().anyMatch(p -> p.getTextContent().equals("Heilongjiang")
                && p.getAttribute("fill").equals("url(#a-area-0)")), "titled by its name alone");
        assertTrue(svg.all("a").isEmpty(), "a region shown for itself links nowhere");
    }

    @Test
    void theLegendsHatchedSampleStandsJustLeftOfItsWords() {
        MapSvg svg = new MapSvg(draw(List.of(CORRIDOR)).svg());
        for (String words : List.of("Hatched: across the whole region", "transport corridor")) {
            Element text = svg.all("text").stream().filter(t -> t.getTextContent().equals(words)).findFirst().orElseThrow();
            double tx = Double.parseDouble(text.getAttribute("x")), ty = Double.parseDouble(text.getAttribute("y"));
            Element sample = (Element) text.getPreviousSibling();
            assertEquals("g", sample.getTagName(), words + ": its sample is drawn just before it");
            Element rect = (Element) sample.getElementsByTagName("rect").item(0);
            double rx = Double.parseDouble(rect.getAttribute("x")), ry = Double.parseDouble(rect.getAttribute("y"));
            assertEquals(12, Double.parseDouble(rect.getAttribute("width")));
            assertTrue(tx - rx >= 12 && tx - rx <= 22, words + ": the square ends just left of the words, " + (tx - rx));
            assertTrue(ty - ry >= 8 && ty - ry <= 14, words + ": level with them, " + (ty - ry));
            var ends = Pattern.compile("M(-?[\\d.]+) (-?[\\d.]+) l(-?[\\d.]+) (-?[\\d.]+)")
                    .matcher(((Element) sample.getElementsByTagName("path").item(0)).getAttribute("d"));
            int strokes = 0;
            while (ends.find()) {
                double x0 = Double.parseDouble(ends.group(1)), y0 = Double.parseDouble(ends.group(2));
                double x1 = x0 + Double.parseDouble(ends.group(3)), y1 = y0 + Double.parseDouble(ends.group(4));
                for (double[] pt : new double[][] {{x0, y0}, {x1, y1}}) {
                    assertTrue(pt[0] >= rx - 0.01 && pt[0] <= rx + 12.01 && pt[1] >= ry - 0.01 && pt[1] <= ry + 12.01,
                            words + ": hatching inside its square");
                }
                strokes++;
            }
            assertEquals(3, strokes, "three diagonal strokes");
        }
    }
}
