package org.amuratlas.geo;

import static org.amuratlas.geo.MapPlacesAndLinesTest.ATLAS_PLACES;
import static org.amuratlas.geo.MapPlacesAndLinesTest.DAQING;
import static org.amuratlas.geo.MapPlacesAndLinesTest.HARBIN;
import static org.amuratlas.geo.MapPlacesAndLinesTest.HEIHE;
import static org.amuratlas.geo.MapPlacesAndLinesTest.BLAGOVESHCHENSK;
import static org.amuratlas.geo.MapPlacesAndLinesTest.KHABAROVSK;
import static org.amuratlas.geo.MapPlacesAndLinesTest.MOHE;
import static org.amuratlas.geo.MapPlacesAndLinesTest.SUIFENHE;
import static org.amuratlas.geo.MapPlacesAndLinesTest.VLADIVOSTOK;
import static org.amuratlas.geo.MapPlacesAndLinesTest.labelBox;
import static org.amuratlas.geo.MapPlacesAndLinesTest.line;
import static org.amuratlas.geo.MapPlacesAndLinesTest.overlap;
import static org.amuratlas.geo.MapSvg.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amuratlas.chart.TextWidth;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The names on the map: countries written on their own land, seas on open water, rivers along their river, and no
 * name, number or label covering another.
 */
class MapNamesTest {

    private static final GeoData DATA = GeoData.shared();
    private static final Map<String, String> COUNTRIES = Map.of("RUSSIA", "RU", "CHINA", "CN", "MONGOLIA", "MN",
            "N. KOREA", "KP", "S. KOREA", "KR", "JAPAN", "JP");

    private record Drawn(MapSvg svg, Projection p, double mapH) {
    }

    private static Drawn draw(Optional<GeoBox> focus, boolean compact, List<MapPoint> points, List<MapLine> lines) {
        MapSvg svg = new MapSvg(new BorderMap().draw("n", "Names", points, lines, List.of(), focus,
                EnglishMapWords.INSTANCE, compact).svg());
        Projection p = new Projection(focus.orElse(GeoBox.REGION), svg.size()[0]);
        return new Drawn(svg, p, Math.round(p.height()));
    }

    private static List<Element> countryNames(MapSvg svg) {
        return svg.all("text").stream().filter(t -> t.getAttribute("font-weight").equals("600")).toList();
    }

    private static List<Element> seaNames(MapSvg svg) {
        return svg.all("text").stream().filter(t -> t.getAttribute("fill").equals("#3f6f97")).toList();
    }

    private static List<Element> riverNames(MapSvg svg) {
        return svg.all("text").stream().filter(t -> t.hasAttribute("transform")).toList();
    }

    private static double areaWidth(Element t) {
        double size = number(t, "font-size");
        double spacing = t.hasAttribute("letter-spacing") ? number(t, "letter-spacing") : 0;
        return TextWidth.estimate(t.getTextContent(), size) + spacing * t.getTextContent().length();
    }

    /** The rotation of a river name in degrees, checked to turn about the text's own position. */
    private static double angle(Element t) {
        Matcher m = Pattern.compile("rotate\\((-?[\\d.]+) (-?[\\d.]+) (-?[\\d.]+)\\)").matcher(t.getAttribute("transform"));
        assertTrue(m.matches(), t.getAttribute("transform"));
        assertEquals(t.getAttribute("x"), m.group(2));
        assertEquals(t.getAttribute("y"), m.group(3));
        return Double.parseDouble(m.group(1));
    }

    @Test
    void countriesAreNamedOnTheirOwnLandAndSeasOnOpenWater() {
        Drawn d = draw(Optional.empty(), false, List.of(), List.of());
        List<Element> countries = countryNames(d.svg());
        // South Korea and Hokkaido show too little land in the frame for their names
        assertEquals(List.of("RUSSIA", "CHINA", "MONGOLIA", "N. KOREA"),
                countries.stream().map(Element::getTextContent).toList());
        for (Element t : countries) {
            String code = COUNTRIES.get(t.getTextContent());
            double x = number(t, "x"), y = number(t, "y") - 6.5, half = areaWidth(t) / 2;
            for (double px : new double[] {x - half, x, x + half}) {
                assertEquals(Optional.of(code), DATA.countryAt(d.p().lat(y), d.p().lon(px)), t.getTextContent());
            }
            assertEquals("middle", t.getAttribute("text-anchor"));
            assertEquals("3", t.getAttribute("letter-spacing"));
            assertEquals("13", t.getAttribute("font-size"));
        }
        List<Element> seas = seaNames(d.svg());
        assertEquals(List.of("Sea of Japan", "Sea of Okhotsk"), seas.stream().map(Element::getTextContent).toList());
        for (Element t : seas) {
            double x = number(t, "x"), y = number(t, "y") - 6, half = areaWidth(t) / 2;
            for (double px : new double[] {x - half, x, x + half}) {
                assertEquals(Optional.empty(), DATA.countryAt(d.p().lat(y), d.p().lon(px)), t.getTextContent());
            }
            assertEquals("italic", t.getAttribute("font-style"));
            assertEquals("12", t.getAttribute("font-size"));
        }
        // Russia north of the Amur, China south of it: its name on the upper half, China's on the lower
        assertTrue(number(countries.get(0), "y") < d.mapH() / 2 && number(countries.get(1), "y") > d.mapH() / 2);
        // Mongolia's name stays in the west, near its land, not wherever there is room
        assertTrue(number(countries.get(2), "x") < 0.35 * BorderMap.WIDTH, "Mongolia at " + number(countries.get(2), "x"));
    }

    @Test
    void aCountryOffTheCloseUpIsNotNamed() {
        List<String> names = countryNames(draw(Optional.of(GeoBox.around(HARBIN.lat(), HARBIN.lon(), 2)), false, List.of(),
                List.of()).svg()).stream().map(Element::getTextContent).toList();
        assertTrue(names.contains("CHINA"), names.toString());
        assertFalse(names.contains("JAPAN") || names.contains("MONGOLIA") || names.contains("S. KOREA"), names.toString());
    }

    @Test
    void riversAreNamedAlongTheirRiverNeverUpright() {
        Drawn d = draw(Optional.empty(), false, List.of(), List.of());
        List<Element> names = riverNames(d.svg());
        assertEquals(List.of("Amur", "Amur", "Ussuri", "Songhua", "Argun"), names.stream().map(Element::getTextContent).toList(),
                "the Amur is long enough to be named twice");
        for (Element t : names) {
            double a = angle(t);
            assertTrue(Math.abs(a) <= 60, t.getTextContent() + " at " + a + "°");
            assertEquals("middle", t.getAttribute("text-anchor"));
            assertEquals(MapStyle.RIVER, t.getAttribute("fill"));
            // within half its length, the 6-unit gap and the 7-unit lift of a point of the river
            double x = number(t, "x"), y = number(t, "y");
            double reach = TextWidth.estimate(t.getTextContent(), 11) / 2 + 6 + 7 + 0.1;
            GeoFeature river = DATA.feature(t.getTextContent().toLowerCase()).orElseThrow();
            double nearest = Double.MAX_VALUE;
            for (double[] part : river.parts()) {
                for (int i = 0; i < part.length; i += 2) {
                    nearest = Math.min(nearest, Math.hypot(d.p().x(part[i]) - x, d.p().y(part[i + 1]) - y));
                }
            }
            assertTrue(nearest <= reach, t.getTextContent() + " is " + nearest + " from its river");
            assertTrue(nearest >= 6, t.getTextContent() + " is written beside the river, not on it: " + nearest);
        }
        // the two Amur names are far apart: one on the middle Amur, one on the lower
        double apart = Math.hypot(number(names.get(0), "x") - number(names.get(1), "x"),
                number(names.get(0), "y") - number(names.get(1), "y"));
        assertTrue(apart > 200, "apart " + apart);
    }

    @Test
    void aRiverFarFromItsNamesPositionIsNotNamedOnACloseUp() {
        // at Fuyuan the Amur flows through the view, but both places where it is named are far off it
        GeoBox fuyuan = GeoBox.around(48.36, 134.29, 1);
        Drawn d = draw(Optional.of(fuyuan), false, List.of(), List.of());
        assertTrue(d.svg().all("title").stream().anyMatch(t -> t.getTextContent().equals("Amur")), "the Amur is drawn");
        assertFalse(riverNames(d.svg()).stream().anyMatch(t -> t.getTextContent().equals("Amur")));
        // around where the middle Amur is named, it is
        Drawn middle = draw(Optional.of(GeoBox.around(49.3, 129.9, 1)), false, List.of(), List.of());
        assertTrue(riverNames(middle.svg()).stream().anyMatch(t -> t.getTextContent().equals("Amur")));
    }

    /** Every label's box: place labels, country, sea and river names, graticule labels and line numbers. */
    private static List<double[]> labelBoxes(MapSvg svg, List<String> what) {
        List<double[]> boxes = new ArrayList<>();
        for (Element t : svg.placeLabels()) {
            boxes.add(labelBox(t));
            what.add("place " + t.getTextContent());
        }
        for (Element t : countryNames(svg)) {
            boxes.add(areaBox(t));
            what.add("country " + t.getTextContent());
        }
        for (Element t : seaNames(svg)) {
            boxes.add(areaBox(t));
            what.add("sea " + t.getTextContent());
        }
        for (Element t : riverNames(svg)) {
            Box b = Box.rotated(number(t, "x"), number(t, "y"), TextWidth.estimate(t.getTextContent(), 11), 11,
                    Math.toRadians(angle(t)));
            boxes.add(new double[] {b.x0() + 1, b.y0() + 1, b.x1() - 1, b.y1() - 1});
            what.add("river " + t.getTextContent());
        }
        for (Element t : svg.textsInGroup("font-size", "10")) {
            double x = number(t, "x"), y = number(t, "y"), w = TextWidth.estimate(t.getTextContent(), 10);
            boxes.add("middle".equals(t.getAttribute("text-anchor")) ? new double[] {x - w / 2, y - 8, x + w / 2, y + 2.5}
                    : new double[] {x, y - 8, x + w, y + 2.5});
            what.add("graticule " + t.getTextContent());
        }
        for (Element c : svg.badges()) {
            double x = number(c, "cx"), y = number(c, "cy"), r = number(c, "r");
            boxes.add(new double[] {x - r, y - r, x + r, y + r});
            what.add("badge at " + x + "," + y);
        }
        return boxes;
    }

    private static double[] areaBox(Element t) {
        double x = number(t, "x"), y = number(t, "y"), size = number(t, "font-size"), w = areaWidth(t);
        return new double[] {x - w / 2, y - size * 0.8, x + w / 2, y + size * 0.25};
    }

    @Test
    void noNameNumberOrLabelCoversAnotherAndAllStayInsideTheFrame() {
        List<MapLine> lines = List.of(line("Oil 1", "PIPELINE", MOHE, DAQING), line("Oil 2", "PIPELINE", MOHE, DAQING),
                line("Bridge", "BRIDGE", HEIHE, BLAGOVESHCHENSK), line("Rail", "RAILWAY", HARBIN, SUIFENHE, VLADIVOSTOK),
                line("Power line", "TRANSMISSION_LINE", BLAGOVESHCHENSK, HEIHE, HARBIN), line("Road", "ROAD", KHABAROVSK, HARBIN));
        List<Optional<GeoBox>> focuses = List.of(Optional.empty(), Optional.of(GeoBox.around(HEIHE.lat(), HEIHE.lon(), 3)),
                Optional.of(GeoBox.around(VLADIVOSTOK.lat(), VLADIVOSTOK.lon(), 1.5)));
        for (Optional<GeoBox> focus : focuses) {
            for (boolean compact : new boolean[] {false, true}) {
                Drawn d = draw(focus, compact, ATLAS_PLACES, lines);
                List<String> what = new ArrayList<>();
                List<double[]> boxes = labelBoxes(d.svg(), what);
                assertTrue(boxes.size() > 8, what.toString());
                double width = d.svg().size()[0];
                for (int i = 0; i < boxes.size(); i++) {
                    double[] b = boxes.get(i);
                    assertTrue(b[0] >= -0.1 && b[1] >= -0.1 && b[2] <= width + 0.1 && b[3] <= d.mapH() + 0.1,
                            what.get(i) + " inside the frame, " + focus + " compact " + compact);
                    for (int j = i + 1; j < boxes.size(); j++) {
                        assertFalse(overlap(b, boxes.get(j)),
                                what.get(i) + " and " + what.get(j) + ", " + focus + " compact " + compact);
                    }
                }
            }
        }
    }
}
