package org.amuratlas.geo;

import static org.amuratlas.geo.MapSvg.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amuratlas.chart.TextWidth;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Where the things a caller puts on the map land: circles at their projected coordinates, labels beside their own
 * circle and clear of every other, lines offset side by side on a shared stretch, numbered badges on the lines, and
 * projects in rings around their place.
 */
class MapPlacesAndLinesTest {

    static final MapPoint HARBIN = new MapPoint("harbin", "Harbin", 45.75, 126.65, "CN", "/places/harbin");
    static final MapPoint HEIHE = new MapPoint("heihe", "Heihe", 50.25, 127.53, "CN", "/places/heihe");
    static final MapPoint BLAGOVESHCHENSK =
            new MapPoint("blagoveshchensk", "Blagoveshchensk", 50.27, 127.54, "RU", "/places/blagoveshchensk");
    static final MapPoint MOHE = new MapPoint("mohe", "Mohe", 52.97, 122.54, "CN", null);
    static final MapPoint DAQING = new MapPoint("daqing", "Daqing", 46.59, 125.1, "CN", null);
    static final MapPoint KHABAROVSK = new MapPoint("khabarovsk", "Khabarovsk", 48.48, 135.08, "RU", null);
    static final MapPoint VLADIVOSTOK = new MapPoint("vladivostok", "Vladivostok", 43.12, 131.89, "RU", null);
    static final MapPoint SUIFENHE = new MapPoint("suifenhe", "Suifenhe", 44.4, 131.15, "CN", null);
    static final MapPoint TONGJIANG = new MapPoint("tongjiang", "Tongjiang", 47.65, 132.5, "CN", null);
    static final MapPoint NIZHNELENINSKOYE = new MapPoint("nl", "Nizhneleninskoye", 47.9, 132.6, "RU", null);
    static final MapPoint FUYUAN = new MapPoint("fuyuan", "Fuyuan", 48.36, 134.29, "CN", null);
    static final MapPoint MANZHOULI = new MapPoint("manzhouli", "Manzhouli", 49.6, 117.43, "CN", null);
    static final MapPoint ZABAIKALSK = new MapPoint("zabaikalsk", "Zabaikalsk", 49.64, 117.33, "RU", null);
    static final MapPoint DALIAN = new MapPoint("dalian", "Dalian", 38.91, 121.6, "CN", null);
    static final MapPoint PYONGYANG = new MapPoint("pyongyang", "Pyongyang", 39.03, 125.75, "KP", null);

    /** Fifteen places of the atlas, close pairs on the border among them. */
    static final List<MapPoint> ATLAS_PLACES = List.of(HARBIN, HEIHE, BLAGOVESHCHENSK, MOHE, DAQING, KHABAROVSK,
            VLADIVOSTOK, SUIFENHE, TONGJIANG, NIZHNELENINSKOYE, FUYUAN, MANZHOULI, ZABAIKALSK, DALIAN, PYONGYANG);

    static final Projection REGION = new Projection(GeoBox.REGION, BorderMap.WIDTH);

    static DrawnMap draw(List<MapPoint> points, List<MapLine> lines, List<MapSite> sites) {
        return new BorderMap().draw("m", "Map", points, lines, sites, Optional.empty(), EnglishMapWords.INSTANCE, false);
    }

    static MapSvg svg(List<MapPoint> points, List<MapLine> lines, List<MapSite> sites) {
        return new MapSvg(draw(points, lines, sites).svg());
    }

    static MapLine line(String label, String kind, MapPoint... points) {
        return new MapLine(label, List.of(points), "/projects/" + label.toLowerCase().replace(' ', '-'), kind, kind.toLowerCase());
    }

    /** The box a place label takes: its estimated width from its anchor, from the cap height to below the baseline. */
    static double[] labelBox(Element text) {
        double x = number(text, "x"), y = number(text, "y");
        double w = TextWidth.estimate(text.getTextContent(), MapStyle.FONT_SIZE);
        double left = switch (text.getAttribute("text-anchor")) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
        return new double[] {left, y - MapStyle.FONT_SIZE * 0.8, left + w, y + MapStyle.FONT_SIZE * 0.25};
    }

    /** Boxes overlapping by more than the 0.1-unit rounding of written coordinates. */
    static boolean overlap(double[] a, double[] b) {
        double e = 0.1;
        return a[0] + e < b[2] && b[0] + e < a[2] && a[1] + e < b[3] && b[1] + e < a[3];
    }

    /** Distance from a point to a box (0 inside). */
    static double distance(double x, double y, double[] box) {
        double dx = Math.max(Math.max(box[0] - x, 0), x - box[2]);
        double dy = Math.max(Math.max(box[1] - y, 0), y - box[3]);
        return Math.hypot(dx, dy);
    }

    @Test
    void everyPlaceIsACircleAtItsProjectedCoordinatesInItsCountrysColour() {
        List<Element> circles = svg(ATLAS_PLACES, List.of(), List.of()).placeCircles();
        assertEquals(ATLAS_PLACES.size(), circles.size());
        for (int i = 0; i < circles.size(); i++) {
            MapPoint pt = ATLAS_PLACES.get(i);
            Element c = circles.get(i);
            assertEquals(REGION.x(pt.lon()), number(c, "cx"), 0.05, pt.label());
            assertEquals(REGION.y(pt.lat()), number(c, "cy"), 0.05, pt.label());
            String colour = switch (pt.country()) {
                case "CN" -> "#b3261e";
                case "RU" -> "#1f5f8b";
                default -> "#4f5966";
            };
            assertEquals(colour, c.getAttribute("fill"), pt.label());
            assertEquals(pt.label(), c.getTextContent(), "tooltip");
        }
    }

    @Test
    void aLonePlaceIsLabelledToItsRightLevelWithIt() {
        MapSvg map = svg(List.of(HARBIN), List.of(), List.of());
        Element label = map.placeLabels().get(0);
        assertEquals("Harbin", label.getTextContent());
        assertEquals(REGION.x(HARBIN.lon()) + PlaceLayer.RADIUS + 3, number(label, "x"), 0.05);
        assertEquals(REGION.y(HARBIN.lat()) + 4, number(label, "y"), 0.05);
        assertFalse(label.hasAttribute("text-anchor"), "starts at the circle");
        assertEquals("/places/harbin", ((Element) label.getParentNode()).getAttribute("href"), "the label links too");
    }

    @Test
    void placeLabelsNeverOverlapNeverCoverACircleAndStayBesideTheirOwn() {
        for (boolean compact : new boolean[] {false, true}) {
            DrawnMap drawn = new BorderMap().draw("m", "Map", ATLAS_PLACES, List.of(), List.of(), Optional.empty(),
                    EnglishMapWords.INSTANCE, compact);
            MapSvg map = new MapSvg(drawn.svg());
            double[] size = map.size();
            Projection p = new Projection(GeoBox.REGION, size[0]);
            double mapH = Math.round(p.height());
            List<Element> labels = map.placeLabels();
            assertTrue(labels.size() >= (compact ? 5 : 10), labels.size() + " labels drawn, compact " + compact);
            List<double[]> boxes = labels.stream().map(MapPlacesAndLinesTest::labelBox).toList();
            for (int i = 0; i < labels.size(); i++) {
                double[] box = boxes.get(i);
                String text = labels.get(i).getTextContent();
                assertTrue(box[0] >= 2 && box[1] >= 2 && box[2] <= size[0] - 2 && box[3] <= mapH - 2,
                        text + " inside the frame");
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(overlap(box, boxes.get(j)), text + " and " + labels.get(j).getTextContent());
                }
                for (MapPoint pt : ATLAS_PLACES) {
                    double d = distance(p.x(pt.lon()), p.y(pt.lat()), box);
                    if (pt.label().equals(text)) {
                        assertTrue(d <= PlaceLayer.RADIUS + 4, text + " is beside its circle: " + d);
                    } else {
                        assertTrue(d >= PlaceLayer.RADIUS + 1.9, text + " keeps clear of " + pt.label() + ": " + d);
                    }
                }
            }
        }
    }

    @Test
    void aLabelThatFindsNoRoomIsDroppedAndItsCircleKeepsTheNameAsTooltip() {
        // nine places at one spot: the eight positions around it are soon taken
        List<MapPoint> crowd = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            crowd.add(new MapPoint("p" + i, "Place " + i, HARBIN.lat(), HARBIN.lon(), "CN", null));
        }
        MapSvg map = svg(crowd, List.of(), List.of());
        assertEquals(9, map.placeCircles().size());
        List<Element> labels = map.placeLabels();
        assertTrue(labels.size() >= 2 && labels.size() < 9, labels.size() + " labels");
        assertEquals("Place 1", labels.get(0).getTextContent(), "in order of importance: the first goes first");
        assertEquals("end", labels.get(1).getAttribute("text-anchor"), "the second to the left");
        for (int i = 0; i < 9; i++) {
            assertEquals("Place " + (i + 1), map.placeCircles().get(i).getTextContent());
        }
    }

    @Test
    void nearTheEdgesALabelTurnsInwards() {
        // at the right edge the label goes left; at the top edge, below the circle
        MapPoint east = new MapPoint("e", "East", 47, 141.9, "RU", null);
        MapPoint north = new MapPoint("n", "North", 54.98, 127.5, "RU", null);
        List<Element> labels = svg(List.of(east, north), List.of(), List.of()).placeLabels();
        Element e = labels.get(0), n = labels.get(1);
        assertEquals("end", e.getAttribute("text-anchor"));
        assertEquals(REGION.x(east.lon()) - PlaceLayer.RADIUS - 3, number(e, "x"), 0.05);
        assertEquals(REGION.y(east.lat()) + 4, number(e, "y"), 0.05);
        assertEquals("middle", n.getAttribute("text-anchor"));
        assertEquals(REGION.x(north.lon()), number(n, "x"), 0.05);
        assertEquals(REGION.y(north.lat()) + PlaceLayer.RADIUS + 3 + 10, number(n, "y"), 0.05);
        // a label may not start on the 2-unit margin: a place 3 units from the bottom has its label above
        MapPoint south = new MapPoint("s", "South", REGION.lat(Math.round(REGION.height()) - 3), 128, "CN", null);
        Element s = svg(List.of(south), List.of(), List.of()).placeLabels().get(0);
        assertEquals(REGION.y(south.lat()) - PlaceLayer.RADIUS - 3 - 2, number(s, "y"), 0.05);
    }

    @Test
    void placesOutsideTheFrameOrWithoutCoordinatesAreLeftOut() {
        MapPoint moscow = new MapPoint("moscow", "Moscow", 55.76, 37.62, "RU", null);
        MapPoint nowhere = new MapPoint("x", "Nowhere", Double.NaN, 127, "CN", null);
        MapPoint noLon = new MapPoint("y", "No longitude", 47, Double.NaN, "CN", null);
        List<MapPoint> points = new ArrayList<>(List.of(moscow, HARBIN, nowhere, noLon));
        points.add(null);
        DrawnMap drawn = draw(points, null, null);
        assertEquals(List.of(HARBIN), drawn.places());
        assertEquals(1, new MapSvg(drawn.svg()).placeCircles().size());
        // the corners of the frame are still on it
        MapPoint corner = new MapPoint("c", "Corner", GeoBox.REGION.minLat(), GeoBox.REGION.maxLon(), "RU", null);
        assertEquals(List.of(corner), draw(List.of(corner), List.of(), List.of()).places());
    }

    @Test
    void linesOnAShareStretchAreOneGapApartOnOppositeSides() {
        MapSvg map = svg(List.of(), List.of(line("Oil 1", "PIPELINE", MOHE, DAQING), line("Oil 2", "PIPELINE", MOHE, DAQING)),
                List.of());
        List<List<double[]>> paths = map.linePaths();
        assertEquals(2, paths.size());
        double mx = REGION.x(MOHE.lon()), my = REGION.y(MOHE.lat()), dx = REGION.x(DAQING.lon()), dy = REGION.y(DAQING.lat());
        double len = Math.hypot(dx - mx, dy - my);
        double[] a = paths.get(0).get(0), b = paths.get(1).get(0);
        // each end moved half a gap, at right angles to the stretch, the two in opposite directions
        for (int end = 0; end < 2; end++) {
            double px = end == 0 ? mx : dx, py = end == 0 ? my : dy;
            double ax = a[2 * end] - px, ay = a[2 * end + 1] - py, bx = b[2 * end] - px, by = b[2 * end + 1] - py;
            assertEquals(RouteLayer.GAP / 2, Math.hypot(ax, ay), 0.1);
            assertEquals(RouteLayer.GAP / 2, Math.hypot(bx, by), 0.1);
            assertEquals(0, ax + bx, 0.1);
            assertEquals(0, ay + by, 0.1);
            assertEquals(0, (ax * (dx - mx) + ay * (dy - my)) / len, 0.1, "at right angles");
        }
        assertEquals(RouteLayer.GAP, Math.hypot(a[0] - b[0], a[1] - b[1]), 0.1);
    }

    @Test
    void threeLinesShareAStretchWhicheverWayTheyRun() {
        // the third runs Daqing → Mohe: it is still laid beside the others, not on top of the first
        MapSvg map = svg(List.of(), List.of(line("Oil 1", "PIPELINE", MOHE, DAQING), line("Oil 2", "PIPELINE", MOHE, DAQING),
                line("Oil 3", "PIPELINE", DAQING, MOHE)), List.of());
        List<List<double[]>> paths = map.linePaths();
        double mx = REGION.x(MOHE.lon()), my = REGION.y(MOHE.lat());
        double[] first = paths.get(0).get(0), middle = paths.get(1).get(0), third = paths.get(2).get(0);
        // offsets at Mohe: the first's start, the third's end
        double[] o1 = {first[0] - mx, first[1] - my};
        double[] o2 = {middle[0] - mx, middle[1] - my};
        double[] o3 = {third[2] - mx, third[3] - my};
        assertEquals(RouteLayer.GAP, Math.hypot(o1[0], o1[1]), 0.1);
        assertEquals(0, Math.hypot(o2[0], o2[1]), 0.1, "the middle one runs through the places");
        assertEquals(RouteLayer.GAP, Math.hypot(o3[0], o3[1]), 0.1);
        assertEquals(0, o1[0] + o3[0], 0.1, "opposite sides");
        assertEquals(0, o1[1] + o3[1], 0.1, "opposite sides");
    }

    @Test
    void aStretchUsedByOneLineIsNotMoved() {
        MapSvg map = svg(List.of(), List.of(line("Oil 1", "PIPELINE", MOHE, DAQING, HARBIN),
                line("Oil 2", "PIPELINE", MOHE, DAQING)), List.of());
        List<double[]> own = map.linePaths().get(0);
        assertEquals(2, own.size());
        double[] second = own.get(1);
        assertEquals(REGION.x(DAQING.lon()), second[0], 0.05);
        assertEquals(REGION.y(DAQING.lat()), second[1], 0.05);
        assertEquals(REGION.x(HARBIN.lon()), second[2], 0.05);
        assertEquals(REGION.y(HARBIN.lat()), second[3], 0.05);
        assertTrue(Math.hypot(own.get(0)[0] - REGION.x(MOHE.lon()), own.get(0)[1] - REGION.y(MOHE.lat())) > 2,
                "while the shared one is");
    }

    @Test
    void everyLineIsDashedInItsKindsColourOnAWhiteCasing() {
        MapSvg map = svg(List.of(), List.of(line("Oil", "PIPELINE", MOHE, DAQING), line("Rail", "RAILWAY", HARBIN, SUIFENHE)),
                List.of());
        List<Element> dashed = map.all("path").stream()
                .filter(p -> p.hasAttribute("stroke-dasharray") && !p.getAttribute("d").contains("h26")).toList();
        assertEquals(2, dashed.size());
        List<String> colours = List.of(MapStyle.kindColour("PIPELINE"), MapStyle.kindColour("RAILWAY"));
        for (int i = 0; i < 2; i++) {
            Element path = dashed.get(i);
            assertEquals("7 4", path.getAttribute("stroke-dasharray"));
            assertEquals("3", path.getAttribute("stroke-width"));
            assertEquals(colours.get(i), path.getAttribute("stroke"));
            Element casing = (Element) path.getParentNode().getFirstChild();
            assertEquals("#fff", casing.getAttribute("stroke"));
            assertEquals("5.5", casing.getAttribute("stroke-width"));
            assertEquals(path.getAttribute("d"), casing.getAttribute("d"), "the casing follows the line");
        }
        List<double[]> rail = map.linePaths().get(1);
        assertEquals(REGION.x(HARBIN.lon()), rail.get(0)[0], 0.05);
        assertEquals(REGION.y(SUIFENHE.lat()), rail.get(0)[3], 0.05);
    }

    @Test
    void aLongLinesNumberSitsOnItsMiddle() {
        MapSvg map = svg(List.of(), List.of(line("Oil", "PIPELINE", MOHE, DAQING)), List.of());
        Element badge = map.badges().get(0);
        assertEquals((REGION.x(MOHE.lon()) + REGION.x(DAQING.lon())) / 2, number(badge, "cx"), 0.05);
        assertEquals((REGION.y(MOHE.lat()) + REGION.y(DAQING.lat())) / 2, number(badge, "cy"), 0.05);
        assertEquals(MapStyle.kindColour("PIPELINE"), badge.getAttribute("fill"));
        Element number = (Element) badge.getNextSibling();
        assertEquals("1", number.getTextContent());
        assertEquals(number(badge, "cx"), number(number, "x"), 0.05);
        assertEquals(number(badge, "cy") + 4, number(number, "y"), 0.05);
        assertEquals(0, map.all("path").stream().filter(p -> p.getAttribute("stroke-width").equals("1.2")
                && p.getAttribute("stroke").equals(MapStyle.kindColour("PIPELINE"))).count(), "no pointer needed");
    }

    @Test
    void aShortLinesNumberSitsBesideItClearOfThePlacesWithAPointer() {
        // the Tongjiang–Nizhneleninskoye rail bridge: 13 units long on the region map, shorter than its badge
        MapLine bridge = line("Bridge", "BRIDGE", TONGJIANG, NIZHNELENINSKOYE);
        MapSvg map = svg(List.of(TONGJIANG, NIZHNELENINSKOYE), List.of(bridge), List.of());
        Element badge = map.badges().get(0);
        double bx = number(badge, "cx"), by = number(badge, "cy");
        double mx = (REGION.x(TONGJIANG.lon()) + REGION.x(NIZHNELENINSKOYE.lon())) / 2;
        double my = (REGION.y(TONGJIANG.lat()) + REGION.y(NIZHNELENINSKOYE.lat())) / 2;
        double away = Math.hypot(bx - mx, by - my);
        assertTrue(away >= 14 - 0.1 && away <= 32 + 0.1, "beside the bridge, not far: " + away);
        // the first free spot at right angles to it: 14 units off, the circles are in the way; 22 units off, free
        double dx = REGION.x(NIZHNELENINSKOYE.lon()) - REGION.x(TONGJIANG.lon());
        double dy = REGION.y(NIZHNELENINSKOYE.lat()) - REGION.y(TONGJIANG.lat());
        double len = Math.hypot(dx, dy);
        assertEquals(mx - dy / len * 22, bx, 0.1);
        assertEquals(my + dx / len * 22, by, 0.1);
        for (Element circle : map.placeCircles()) {
            double d = Math.hypot(bx - number(circle, "cx"), by - number(circle, "cy"));
            assertTrue(d > RouteLayer.BADGE_RADIUS + PlaceLayer.RADIUS, "clear of the circle: " + d);
        }
        Element pointer = map.all("path").stream().filter(p -> p.getAttribute("stroke-width").equals("1.2")
                && p.getAttribute("stroke").equals(MapStyle.kindColour("BRIDGE"))).findFirst().orElseThrow();
        double[] s = MapSvg.stretches(pointer.getAttribute("d")).get(0);
        assertEquals(mx, s[0], 0.05);
        assertEquals(my, s[1], 0.05);
        assertEquals(bx, s[2], 0.05);
        assertEquals(by, s[3], 0.05);
        // and the labels of both places leave it room
        for (Element label : map.placeLabels()) {
            assertTrue(distance(bx, by, labelBox(label)) >= RouteLayer.BADGE_RADIUS, label.getTextContent());
        }
    }

    @Test
    void numbersOfLinesOnOneStretchDoNotCoverEachOther() {
        MapSvg map = svg(List.of(), List.of(line("Oil 1", "PIPELINE", MOHE, DAQING), line("Oil 2", "PIPELINE", MOHE, DAQING),
                line("Oil 3", "PIPELINE", MOHE, DAQING)), List.of());
        List<Element> badges = map.badges();
        assertEquals(3, badges.size());
        List<List<double[]>> paths = map.linePaths();
        for (int i = 0; i < 3; i++) {
            double[] s = paths.get(i).get(0);
            double x = number(badges.get(i), "cx"), y = number(badges.get(i), "cy");
            // each on its own line (the candidates along it come first)
            double cross = ((s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0])) / Math.hypot(s[2] - s[0], s[3] - s[1]);
            assertEquals(0, cross, 0.2, "badge " + (i + 1) + " on its line");
            for (int j = i + 1; j < 3; j++) {
                double d = Math.hypot(x - number(badges.get(j), "cx"), y - number(badges.get(j), "cy"));
                assertTrue(d >= 2 * RouteLayer.BADGE_RADIUS, "badges " + (i + 1) + " and " + (j + 1) + ": " + d);
            }
        }
        assertEquals(0, map.all("path").stream().filter(p -> p.getAttribute("stroke-width").equals("1.2")).count(),
                "a number moved along its own line needs no pointer");
    }

    @Test
    void aLineIsNumberedOnItsLongestStretch() {
        // Heihe → Harbin → Daqing: the first stretch is the longest
        MapSvg map = svg(List.of(), List.of(line("Rail", "RAILWAY", HEIHE, HARBIN, DAQING)), List.of());
        Element badge = map.badges().get(0);
        assertEquals((REGION.x(HEIHE.lon()) + REGION.x(HARBIN.lon())) / 2, number(badge, "cx"), 0.05);
        assertEquals((REGION.y(HEIHE.lat()) + REGION.y(HARBIN.lat())) / 2, number(badge, "cy"), 0.05);
        // Daqing → Harbin → Heihe: now the last
        Element reversed = svg(List.of(), List.of(line("Rail", "RAILWAY", DAQING, HARBIN, HEIHE)), List.of()).badges().get(0);
        assertEquals(number(badge, "cx"), number(reversed, "cx"), 0.05);
        assertEquals(number(badge, "cy"), number(reversed, "cy"), 0.05);
    }

    @Test
    void projectsAtAPlaceStandInRingsClockwiseFromTheTop() {
        for (int count : new int[] {1, 3, 8, 10}) {
            List<MapSite> sites = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sites.add(new MapSite("Site " + i, List.of(HARBIN), null, "TRADE_ZONE", "trade zone"));
            }
            MapSvg map = svg(List.of(HARBIN), List.of(), sites);
            List<Element> squares = map.all("rect").stream().filter(r -> r.getAttribute("width").equals("5.5")).toList();
            assertEquals(count, squares.size());
            double cx = REGION.x(HARBIN.lon()), cy = REGION.y(HARBIN.lat());
            for (int i = 0; i < count; i++) {
                Element sq = squares.get(i);
                assertEquals("5.5", sq.getAttribute("height"));
                assertEquals(MapStyle.kindColour("TRADE_ZONE"), sq.getAttribute("fill"));
                assertEquals("Site " + i, sq.getTextContent());
                boolean inner = i < 8;
                int onRing = inner ? Math.min(count, 8) : count - 8;
                int index = inner ? i : i - 8;
                double radius = inner ? 9.5 : 16;
                double angle = -Math.PI / 2 + 2 * Math.PI * index / onRing;
                double x = number(sq, "x") + 2.75, y = number(sq, "y") + 2.75;
                assertEquals(cx + radius * Math.cos(angle), x, 0.06, count + " sites, square " + i);
                assertEquals(cy + radius * Math.sin(angle), y, 0.06, count + " sites, square " + i);
            }
            // the place's label goes outside the rings
            double reach = count <= 8 ? 9.5 + 5.5 : 16 + 5.5;
            assertEquals(cx + reach + 2, number(map.placeLabels().get(0), "x"), 0.05, count + " sites");
        }
    }

    @Test
    void aLineWithOnePlaceLeftInTheFrameOrOneSpotIsAProjectAtThatPlace() {
        MapPoint harbinAgain = new MapPoint("harbin-2", "Harbin (station)", HARBIN.lat(), HARBIN.lon(), "CN", null);
        DrawnMap drawn = draw(List.of(HARBIN), List.of(new MapLine("Loop", List.of(HARBIN, harbinAgain), null, "RAILWAY", "railway")),
                List.of());
        assertEquals(List.of(), drawn.lines(), "two names for one spot are not a line");
        assertEquals(List.of("Harbin"), drawn.sites().get(0).places());
        assertEquals(List.of(), drawn.sites().get(0).offMap());
        assertEquals(0, new MapSvg(drawn.svg()).linePaths().size());
        // a project wholly off the map is not drawn, nor listed
        MapPoint moscow = new MapPoint("moscow", "Moscow", 55.76, 37.62, "RU", null);
        List<MapSite> sites = new ArrayList<>(List.of(new MapSite("Far away", List.of(moscow), null, "EXPO", "expo")));
        sites.add(null);
        DrawnMap none = draw(List.of(), List.of(new MapLine("Off", List.of(moscow), null)), sites);
        assertEquals(List.of(), none.sites());
        assertEquals(List.of(), none.lines());
    }

    @Test
    void theDescriptionListsLinesWithWhereTheyContinueAndProjectsAtPlaces() {
        MapPoint moscow = new MapPoint("moscow", "Moscow", 55.76, 37.62, "RU", null);
        DrawnMap drawn = draw(List.of(HARBIN), List.of(line("Rail", "RAILWAY", moscow, HARBIN, SUIFENHE),
                line("Oil", "PIPELINE", MOHE, DAQING)), List.of(new MapSite("Zone", List.of(HARBIN, moscow), null, "TRADE_ZONE", "zone"),
                new MapSite("Expo", List.of(HARBIN), null, "EXPO", "expo")));
        String desc = new MapSvg(drawn.svg()).all("desc").get(0).getTextContent();
        assertTrue(desc.contains("4 routes: 1 Rail (continues to Moscow, off the map), 2 Oil, "
                + "Zone (continues to Moscow, off the map), Expo."), desc);
        assertEquals(List.of("Moscow"), drawn.lines().get(0).offMap());
        assertEquals(List.of("Harbin", "Suifenhe"), drawn.lines().get(0).places());
    }
}
