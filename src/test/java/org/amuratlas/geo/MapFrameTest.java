package org.amuratlas.geo;

import static org.amuratlas.geo.MapPlacesAndLinesTest.DAQING;
import static org.amuratlas.geo.MapPlacesAndLinesTest.HARBIN;
import static org.amuratlas.geo.MapPlacesAndLinesTest.HEIHE;
import static org.amuratlas.geo.MapPlacesAndLinesTest.MOHE;
import static org.amuratlas.geo.MapPlacesAndLinesTest.SUIFENHE;
import static org.amuratlas.geo.MapPlacesAndLinesTest.line;
import static org.amuratlas.geo.MapSvg.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amuratlas.chart.TextWidth;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The frame around what the map shows: its size (wide and for phones), the graticule, the outline, the scale bar,
 * the credit and the legend under the map.
 */
class MapFrameTest {

    private static MapSvg map(Optional<GeoBox> focus, boolean compact, List<MapLine> lines, List<MapSite> sites) {
        return new MapSvg(new BorderMap().draw("f", "Frame", List.of(), lines, sites, focus, EnglishMapWords.INSTANCE,
                compact).svg());
    }

    private static MapSvg map(Optional<GeoBox> focus, boolean compact) {
        return map(focus, compact, List.of(), List.of());
    }

    @Test
    void theMapIsAsHighAsItsBoxProjectsPlusFooterAndLegendRows() {
        for (boolean compact : new boolean[] {false, true}) {
            int width = compact ? BorderMap.COMPACT_WIDTH : BorderMap.WIDTH;
            Projection p = new Projection(GeoBox.REGION, width);
            MapSvg svg = map(Optional.empty(), compact);
            double mapH = Math.round(p.height());
            // one legend row: the boundary and the rivers; on the phone's map the credit takes a line of its own
            assertEquals(width + " " + SvgNumber.num(mapH + footer(compact) + Legend.ROW),
                    svg.root().getAttribute("viewBox").substring(4));
            assertEquals(compact ? "map map-compact" : "map map-wide", svg.root().getAttribute("class"));
            Element clip = svg.all("clipPath").get(0);
            Element clipRect = (Element) clip.getFirstChild();
            assertEquals(width, number(clipRect, "width"));
            assertEquals(mapH, number(clipRect, "height"));
            // the frame drawn round the map, on top
            Element frame = svg.all("rect").stream().filter(r -> r.getAttribute("fill").equals("none")).findFirst().orElseThrow();
            assertEquals(width, number(frame, "width"));
            assertEquals(mapH, number(frame, "height"));
        }
        // the phone's map: 360 wide and proportionally high, its type 10 units or more
        MapSvg compact = map(Optional.empty(), true);
        assertEquals(360, compact.size()[0]);
        for (Element text : compact.all("text")) {
            String size = text.hasAttribute("font-size") ? text.getAttribute("font-size") : inherited(text);
            assertTrue(Double.parseDouble(size) >= 10, text.getTextContent() + " at " + size);
        }
    }

    /** The footer above the legend: one line, or two on the phone's map, where the English credit meets the scale bar. */
    private static double footer(boolean compact) {
        return compact ? MapFooter.HEIGHT + 16 : MapFooter.HEIGHT;
    }

    private static String inherited(Element e) {
        for (org.w3c.dom.Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if (p.hasAttribute("font-size")) {
                return p.getAttribute("font-size");
            }
        }
        throw new AssertionError("no font size");
    }

    /** The graticule's path: x of every meridian and y of every parallel. */
    private static List<List<Double>> graticule(MapSvg svg) {
        Element path = svg.all("path").stream().filter(p -> p.getAttribute("stroke-width").equals("0.6")).findFirst().orElseThrow();
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        Matcher m = Pattern.compile("M(-?[\\d.]+) 0 V|M0 (-?[\\d.]+) H").matcher(path.getAttribute("d"));
        while (m.find()) {
            if (m.group(1) != null) {
                xs.add(Double.parseDouble(m.group(1)));
            } else {
                ys.add(Double.parseDouble(m.group(2)));
            }
        }
        return List.of(xs, ys);
    }

    @Test
    void meridiansAndParallelsEveryFiveDegreesOnTheRegionLabelledWhereTheyFit() {
        MapSvg svg = map(Optional.empty(), false);
        Projection p = new Projection(GeoBox.REGION, BorderMap.WIDTH);
        List<List<Double>> lines = graticule(svg);
        List<Double> xs = lines.get(0), ys = lines.get(1);
        assertEquals(List.of(115.0, 120.0, 125.0, 130.0, 135.0, 140.0), xs.stream().map(x -> round(p.lon(x))).toList());
        assertEquals(List.of(40.0, 45.0, 50.0, 55.0), ys.stream().map(y -> round(p.lat(y))).toList());
        List<Element> labels = svg.textsInGroup("font-size", "10");
        List<String> words = labels.stream().map(Element::getTextContent).toList();
        // 115°E is on the west edge and 55°N on the top edge: their labels would be cut, so they are left out
        assertEquals(List.of("120°E", "125°E", "130°E", "135°E", "140°E", "40°N", "45°N", "50°N"), words);
        Element e120 = labels.get(0), n45 = labels.get(6);
        assertEquals(p.x(120), number(e120, "x"), 0.05);
        assertEquals(12, number(e120, "y"));
        assertEquals("middle", e120.getAttribute("text-anchor"));
        assertEquals(4, number(n45, "x"));
        assertEquals(p.y(45) - 3, number(n45, "y"), 0.05);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10) / 10.0;
    }

    @Test
    void closeUpsHaveADenserGraticule() {
        // the step follows the box's height: over 12° every 5°, over 5° every 2°, else every degree
        record Case(GeoBox box, int step) {
        }
        for (Case c : List.of(new Case(new GeoBox(120, 38, 131, 50.5), 5), new Case(new GeoBox(120, 40, 130, 52), 2),
                new Case(new GeoBox(120, 40, 130, 50), 2), new Case(new GeoBox(124, 44, 130, 49.5), 2),
                new Case(new GeoBox(124, 44, 130, 49), 1), new Case(new GeoBox(124.5, 44.5, 127.5, 46.5), 1))) {
            Projection p = new Projection(c.box(), BorderMap.WIDTH);
            List<List<Double>> lines = graticule(map(Optional.of(c.box()), false));
            TreeSet<Double> lons = new TreeSet<>(), lats = new TreeSet<>();
            for (double lon = Math.ceil(c.box().minLon()); lon <= c.box().maxLon(); lon++) {
                if (lon % c.step() == 0) {
                    lons.add(lon);
                }
            }
            for (double lat = Math.ceil(c.box().minLat()); lat <= c.box().maxLat(); lat++) {
                if (lat % c.step() == 0) {
                    lats.add(lat);
                }
            }
            assertEquals(List.copyOf(lons), lines.get(0).stream().map(x -> round(p.lon(x))).toList(), c.toString());
            assertEquals(List.copyOf(lats), lines.get(1).stream().map(y -> round(p.lat(y))).toList(), c.toString());
        }
    }

    @Test
    void theScaleBarIsARoundDistanceDrawnToScale() {
        List<Optional<GeoBox>> focuses = List.of(Optional.empty(), Optional.of(GeoBox.around(HEIHE.lat(), HEIHE.lon(), 2)),
                Optional.of(GeoBox.around(HEIHE.lat(), HEIHE.lon(), 0.5)));
        List<String> seen = new ArrayList<>();
        for (Optional<GeoBox> focus : focuses) {
            for (boolean compact : new boolean[] {false, true}) {
                MapSvg svg = map(focus, compact);
                Projection p = new Projection(focus.orElse(GeoBox.REGION), svg.size()[0]);
                double mapH = Math.round(p.height());
                Element bar = svg.all("path").stream().filter(e -> e.getAttribute("d").startsWith("M12 ")).findFirst().orElseThrow();
                Matcher m = Pattern.compile("M12 (-?[\\d.]+) V(-?[\\d.]+) H(-?[\\d.]+) V(-?[\\d.]+)").matcher(bar.getAttribute("d"));
                assertTrue(m.matches(), bar.getAttribute("d"));
                double y = Double.parseDouble(m.group(2));
                assertEquals(mapH + 20, y);
                assertEquals(y - 6, Double.parseDouble(m.group(1)));
                assertEquals(y - 6, Double.parseDouble(m.group(4)));
                double length = Double.parseDouble(m.group(3)) - 12;
                Element label = (Element) bar.getNextSibling();
                assertTrue(label.getTextContent().endsWith(" km"), label.getTextContent());
                double km = Double.parseDouble(label.getTextContent().replace(" km", ""));
                // 1, 2 or 5 times a power of ten: the largest such distance up to 120 units
                double best = 0;
                for (double power = 1e-3; power <= 1e6; power *= 10) {
                    for (double f : new double[] {1, 2, 5}) {
                        if (f * power * p.pixelsPerKm() <= 120 + 1e-9) {
                            best = f * power;
                        }
                    }
                }
                assertEquals(best, km, best * 1e-9, focus + " compact " + compact);
                assertEquals(km * p.pixelsPerKm(), length, 0.05, "drawn to scale");
                assertTrue(length > 120 / 2.5 - 0.05 && length <= 120.05, "length " + length);
                assertEquals(20 + length, number(label, "x"), 0.06);
                assertEquals(y, number(label, "y"));
                seen.add(label.getTextContent());
            }
        }
        assertEquals(List.of("200 km", "500 km", "50 km", "100 km", "10 km", "20 km"), seen);
    }

    @Test
    void theCreditStandsAtTheRightOfTheFooter() {
        for (boolean compact : new boolean[] {false, true}) {
            MapSvg svg = map(Optional.empty(), compact);
            Element credit = svg.all("text").stream()
                    .filter(t -> t.getTextContent().equals(EnglishMapWords.INSTANCE.credit())).findFirst().orElseThrow();
            double mapH = Math.round(new Projection(GeoBox.REGION, svg.size()[0]).height());
            assertEquals(svg.size()[0] - 12, number(credit, "x"));
            assertEquals("end", credit.getAttribute("text-anchor"));
            assertEquals(mapH + 20 + (compact ? 16 : 0), number(credit, "y"), "beside the scale bar, or under it on a phone");
        }
    }

    @Test
    void theOutlineLeavesOutWhatIsOutOfViewAndPointsThatWouldNotShow() {
        MapSvg region = map(Optional.empty(), false);
        MapSvg closeUp = map(Optional.of(GeoBox.around(HARBIN.lat(), HARBIN.lon(), 1)), false);
        assertTrue(titles(region).containsAll(List.of("China", "Russia", "Japan", "North Korea", "Lake Khanka", "Amur",
                "Ussuri", "China–Russia boundary")), titles(region).toString());
        List<String> near = titles(closeUp);
        assertTrue(near.containsAll(List.of("China", "Songhua")), near.toString());
        assertFalse(near.contains("Japan") || near.contains("Lake Khanka") || near.contains("Ussuri"), near.toString());
        // land as closed, even–odd filled rings in its country's tint; rivers and the boundary open lines
        Element china = outline(region, "China"), russia = outline(region, "Russia"), japan = outline(region, "Japan");
        assertEquals(MapStyle.CHINA_LAND, china.getAttribute("fill"));
        assertEquals(MapStyle.RUSSIA_LAND, russia.getAttribute("fill"));
        assertEquals(MapStyle.OTHER_LAND, japan.getAttribute("fill"));
        assertEquals("evenodd", china.getAttribute("fill-rule"));
        assertTrue(china.getAttribute("d").endsWith("Z"));
        assertEquals(MapStyle.SEA, outline(region, "Lake Khanka").getAttribute("fill"));
        Element amur = outline(region, "Amur");
        assertFalse(amur.hasAttribute("fill") || amur.getAttribute("d").contains("Z"));
        assertEquals("2", ((Element) amur.getParentNode()).getAttribute("stroke-width"), "a main river is thicker");
        assertEquals("1.2", ((Element) outline(region, "Hailar").getParentNode()).getAttribute("stroke-width"));
        assertEquals("6", ((Element) outline(region, "China–Russia boundary").getParentNode()).getAttribute("stroke-width"));
        // a river the outline leaves unnamed has no tooltip
        long untitled = region.all("path").stream().filter(p -> "1.2".equals(((Element) p.getParentNode()).getAttribute("stroke-width"))
                && p.getElementsByTagName("title").getLength() == 0).count();
        assertTrue(untitled >= 3, "unnamed rivers: " + untitled);
        // no two points of a part closer than half a unit (written to a tenth), but where a part starts or ends
        for (Element path : List.of(china, russia, outline(closeUp, "China"))) {
            for (String part : path.getAttribute("d").split("M")) {
                String[] nums = part.replace("Z", "").replace("L", "").trim().split("\\s+");
                if (nums.length < 4) {
                    continue;
                }
                for (int i = 2; i + 3 < nums.length; i += 2) {
                    double dx = Double.parseDouble(nums[i]) - Double.parseDouble(nums[i - 2]);
                    double dy = Double.parseDouble(nums[i + 1]) - Double.parseDouble(nums[i - 1]);
                    assertTrue(Math.max(Math.abs(dx), Math.abs(dy)) >= 0.4, "points " + dx + "," + dy + " apart");
                }
            }
        }
        assertTrue(closeUp.all("path").size() < region.all("path").size());
    }

    private static List<String> titles(MapSvg svg) {
        return svg.all("path").stream().flatMap(p -> MapSvg.children(p, "title").stream()).map(Element::getTextContent).toList();
    }

    private static Element outline(MapSvg svg, String name) {
        return svg.all("path").stream().filter(p -> MapSvg.children(p, "title").stream()
                .anyMatch(t -> t.getTextContent().equals(name))).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void theLegendFlowsInRowsAndGivesEachNumberedLineARowOfItsOwn() {
        List<MapLine> lines = List.of(line("Oil", "PIPELINE", MOHE, DAQING), line("Rail", "RAILWAY", HARBIN, SUIFENHE));
        List<MapSite> sites = List.of(new MapSite("Zone", List.of(HARBIN), null, "TRADE_ZONE", "trade zone"));
        for (boolean compact : new boolean[] {false, true}) {
            MapSvg svg = map(Optional.empty(), compact, lines, sites);
            double width = svg.size()[0];
            double mapH = Math.round(new Projection(GeoBox.REGION, width).height());
            Element legend = svg.all("g").stream().filter(g -> g.getAttribute("font-size").equals("11")
                    && g.getAttribute("fill").equals(MapStyle.INK)).findFirst().orElseThrow();
            List<Element> texts = MapSvg.texts(legend).stream().filter(t -> !t.getAttribute("fill").equals("#fff")).toList();
            List<String> words = texts.stream().map(Element::getTextContent).toList();
            List<String> expected = new ArrayList<>(List.of("China–Russia boundary", "River",
                    "Dashed: schematic link, route not known", "pipeline", "railway", "trade zone"));
            if (!compact) {
                expected.addAll(List.of("Oil", "Rail"));
            }
            assertEquals(expected, words);
            TreeSet<Double> rows = new TreeSet<>();
            for (Element t : texts) {
                double y = number(t, "y");
                rows.add(y);
                assertEquals(0, (y - mapH - footer(compact) + 10) % Legend.ROW, 0.05, "on a row");
                assertTrue(number(t, "x") + TextWidth.estimate(t.getTextContent(), Legend.FONT_SIZE) <= width - 12,
                        t.getTextContent() + " inside, compact " + compact);
            }
            assertEquals(mapH + footer(compact) - 10 + Legend.ROW, rows.first(), "the first row under the footer");
            assertEquals(mapH + footer(compact) + rows.size() * Legend.ROW, svg.size()[1], "as high as its rows");
            if (compact) {
                assertTrue(rows.size() >= 2, "a phone's legend flows into rows");
            } else {
                assertEquals(3, rows.size(), "the keys on one row, each numbered line on its own");
                assertEquals(12, number(texts.get(6), "x") - 22 + 2);
                assertEquals(rows.last(), number(texts.get(7), "y"));
            }
            // samples: the boundary band, a river, dashed lines, a square for projects at places
            Element square = MapSvg.children(legend, "rect").get(0);
            assertEquals(MapStyle.kindColour("TRADE_ZONE"), square.getAttribute("fill"));
            assertEquals("9", square.getAttribute("width"));
            long dashed = MapSvg.children(legend, "path").stream().filter(p -> p.getAttribute("stroke-dasharray").equals("7 4")).count();
            assertEquals(3, dashed, "schematic, pipeline, railway");
        }
    }

    @Test
    void aLegendLabelIsShortenedToItsWidthWithAnEllipsis() {
        assertEquals("Heihe", Legend.fit("Heihe", 1000));
        double exact = TextWidth.estimate("Heihe", Legend.FONT_SIZE);
        assertEquals("Heihe", Legend.fit("Heihe", exact), "a label exactly as wide as the room is kept whole");
        String fitted = Legend.fit("Blagoveshchensk bridge", 80);
        assertTrue(fitted.endsWith("…") && TextWidth.estimate(fitted, Legend.FONT_SIZE) <= 80, fitted);
        assertTrue(TextWidth.estimate(fitted.replace("…", "") + "g…", Legend.FONT_SIZE) > 80, "no shorter than needed: " + fitted);
        assertEquals("Power…", Legend.fit("Power of Siberia", TextWidth.estimate("Power …", Legend.FONT_SIZE)),
                "no space before the ellipsis");
        assertEquals("B…", Legend.fit("Blagoveshchensk", 0), "at least one letter");
    }
}
