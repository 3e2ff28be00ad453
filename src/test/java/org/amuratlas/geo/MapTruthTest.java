package org.amuratlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The map tells no more than the atlas knows: lines join only places inside the frame (Murmansk is named, not drawn
 * to), lines sharing a stretch stay apart, every line and kind has its own legend-matched style, projects at one
 * place are drawn there, and every feature is named for a reader.
 */
class MapTruthTest {

    private static final MapPoint MURMANSK = new MapPoint("murmansk", "Murmansk", 68.97, 33.07, "RU", "/places/murmansk");
    private static final MapPoint HARBIN = new MapPoint("harbin", "Harbin", 45.75, 126.65, "CN", "/places/harbin");
    private static final MapPoint VLADIVOSTOK = new MapPoint("vladivostok", "Vladivostok", 43.12, 131.89, "RU", "/places/vladivostok");
    private static final MapPoint SUIFENHE = new MapPoint("suifenhe", "Suifenhe", 44.4, 131.15, "CN", "/places/suifenhe");
    private static final MapPoint MOHE = new MapPoint("mohe", "Mohe", 52.97, 122.54, "CN", "/places/mohe");
    private static final MapPoint DAQING = new MapPoint("daqing", "Daqing", 46.59, 125.1, "CN", "/places/daqing");
    private static final MapPoint HEIHE = new MapPoint("heihe", "Heihe", 50.25, 127.53, "CN", "/places/heihe");
    private static final MapPoint SIBERIA = new MapPoint("siberia", "Siberia", 60.0, 100.0, "RU", "/places/siberia");

    private static final MapLine CABLE = new MapLine("Arctic cable", List.of(MURMANSK, HARBIN, VLADIVOSTOK, SUIFENHE),
            "/projects/cable", "CABLE", "cable");
    private static final MapLine OIL_1 = new MapLine("Oil line 1", List.of(MOHE, DAQING), "/projects/oil-1", "PIPELINE", "pipeline");
    private static final MapLine OIL_2 = new MapLine("Oil line 2", List.of(MOHE, DAQING), "/projects/oil-2", "PIPELINE", "pipeline");
    private static final MapLine GAS = new MapLine("Power of Siberia", List.of(SIBERIA, HEIHE), "/projects/pos", "PIPELINE", "pipeline");

    private static DrawnMap draw(List<MapLine> lines, List<MapSite> sites, boolean compact) {
        return new BorderMap().draw("t", "Test", List.of(MOHE, DAQING, HARBIN, VLADIVOSTOK, SUIFENHE, HEIHE), lines, sites,
                Optional.empty(), EnglishMapWords.INSTANCE, compact);
    }

    /** The projected points of the dashed (schematic) line paths, per path. */
    private static List<String> schematicPaths(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<path d=\"([^\"]+)\" stroke=\"#[0-9a-f]{6}\" stroke-width=\"3\" stroke-dasharray").matcher(svg);
        while (m.find()) {
            if (!m.group(1).contains("h26")) { // not a legend sample
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void aLineIsNeverDrawnToAPlaceOutsideTheFrameButSaysWhereItGoes() {
        DrawnMap map = draw(List.of(CABLE), List.of(), false);
        assertEquals(1, map.lines().size());
        DrawnMap.Line cable = map.lines().get(0);
        assertEquals(List.of("Harbin", "Vladivostok", "Suifenhe"), cable.places());
        assertEquals(List.of("Murmansk"), cable.offMap());
        Projection p = new Projection(GeoBox.REGION, BorderMap.WIDTH);
        String path = schematicPaths(map.svg()).get(0);
        // the line starts at Harbin: nothing runs west of it towards Murmansk (across Mongolia)
        assertTrue(path.startsWith("M" + SvgNumber.num(p.x(HARBIN.lon())) + ' ' + SvgNumber.num(p.y(HARBIN.lat()))), path);
        for (String number : path.replaceAll("[ML]", " ").trim().split("\\s+")) {
            assertTrue(Double.parseDouble(number) >= 0, "no coordinate outside the frame: " + path);
        }
        assertTrue(map.svg().contains("Arctic cable (continues to Murmansk, off the map)"), "the legend names where it goes");
    }

    @Test
    void aLineWithOnePlaceInTheFrameIsDrawnAtThatPlace() {
        DrawnMap map = draw(List.of(GAS), List.of(), false);
        assertEquals(0, map.lines().size());
        assertEquals(1, map.sites().size(), "Power of Siberia is drawn, at Heihe");
        assertEquals(List.of("Heihe"), map.sites().get(0).places());
        assertEquals(List.of("Siberia"), map.sites().get(0).offMap());
        assertTrue(map.svg().contains("<title>Power of Siberia</title></rect>"));
    }

    @Test
    void linesAlongTheSameStretchAreDrawnSideBySide() {
        List<String> paths = schematicPaths(draw(List.of(OIL_1, OIL_2), List.of(), false).svg());
        assertEquals(2, paths.size());
        assertNotEquals(paths.get(0), paths.get(1), "the second oil line does not hide the first");
        double x1 = Double.parseDouble(paths.get(0).substring(1).split(" ")[0]);
        double x2 = Double.parseDouble(paths.get(1).substring(1).split(" ")[0]);
        assertEquals(RouteLayer.GAP, Math.abs(x1 - x2), 1.5, "about one gap apart");
    }

    @Test
    void everyLineIsNumberedOnTheMapAndInTheLegendInItsKindsColour() {
        DrawnMap map = draw(List.of(OIL_1, CABLE), List.of(), false);
        assertEquals(List.of(1, 2), map.lines().stream().map(DrawnMap.Line::number).toList());
        assertNotEquals(map.lines().get(0).colour(), map.lines().get(1).colour(), "kinds differ in colour");
        for (DrawnMap.Line line : map.lines()) {
            String badge = "fill=\"" + line.colour() + "\" stroke=\"#fff\" stroke-width=\"1.5\"/><text";
            assertTrue(map.svg().contains(badge), "badge on the map for " + line.label());
            assertTrue(map.svg().contains("r=\"8\" fill=\"" + line.colour() + "\"/><text"), "badge in the legend");
            assertTrue(map.svg().contains(">" + line.label()), "named in the legend");
        }
        assertTrue(map.svg().contains(">Dashed: schematic link, route not known</text>"));
        assertTrue(map.svg().contains(">pipeline</text>") && map.svg().contains(">cable</text>"), "each kind in the legend");
    }

    @Test
    void everyKindHasItsOwnColour() {
        List<String> kinds = List.of("PIPELINE", "BRIDGE", "RAILWAY", "ROAD", "PORT", "AIR_ROUTE", "TRANSPORT_CORRIDOR",
                "TRADE_ZONE", "INDUSTRIAL_PARK", "REFINERY", "OIL_TERMINAL", "TRANSMISSION_LINE", "CABLE", "EXPO",
                "PROGRAMME", "STRATEGY");
        assertEquals(kinds.size(), kinds.stream().map(MapStyle::kindColour).distinct().count());
        assertFalse(kinds.stream().map(MapStyle::kindColour).anyMatch(c -> c.equals(MapStyle.pointColour("CN"))
                || c.equals(MapStyle.pointColour("RU"))), "no kind looks like a Chinese or Russian place");
    }

    @Test
    void projectsAtOnePlaceStandAroundItsCircle() {
        MapSite zone = new MapSite("Free trade zone", List.of(HARBIN), "/projects/ftz", "TRADE_ZONE", "trade zone");
        MapSite expo = new MapSite("Expo", List.of(HARBIN), "/projects/expo", "EXPO", "expo");
        DrawnMap map = draw(List.of(), List.of(zone, expo), false);
        assertEquals(2, map.sites().size());
        assertTrue(map.svg().contains("<title>Free trade zone</title></rect>") && map.svg().contains("<title>Expo</title></rect>"));
        assertTrue(map.svg().contains("<a href=\"/projects/ftz\"><rect"));
    }

    @Test
    void featuresAreNamedForReadersNeverByTheirIds() {
        String svg = draw(List.of(), List.of(), false).svg();
        assertFalse(Pattern.compile("<title>[a-z]+-\\d+</title>").matcher(svg).find(), "no \"river-222\" titles");
        assertTrue(svg.contains("<title>Amur</title>"), "named rivers by their names");
    }

    @Test
    void theCompactMapIsNarrowerWithTheNumberedLinesLeftToTheList() {
        DrawnMap wide = draw(List.of(OIL_1, CABLE), List.of(), false);
        DrawnMap compact = draw(List.of(OIL_1, CABLE), List.of(), true);
        assertTrue(compact.svg().contains("viewBox=\"0 0 " + BorderMap.COMPACT_WIDTH + " "));
        assertEquals(wide.lines(), compact.lines(), "the same lines, the same numbers");
        assertTrue(wide.svg().contains(">Oil line 1</text>"));
        assertFalse(compact.svg().contains(">Oil line 1</text>"), "the list beside the map names them");
        assertTrue(compact.svg().contains(">pipeline</text>"), "the kinds stay in the legend");
    }

    @Test
    void aLongLineNameIsShortenedInTheLegendNeverRunOffTheMap() {
        String name = "Железнодорожная линия порты Владивостока — Суйфэньхэ — Маньчжурия — Транссибирская магистраль — Гамбург и Роттердам"
                + " (продолжается до: Гамбург, Роттердам, за пределами карты)";
        MapLine rail = new MapLine(name, List.of(VLADIVOSTOK, SUIFENHE), "/projects/rail", "RAILWAY", "railway");
        DrawnMap map = draw(List.of(rail), List.of(), false);
        Matcher legend = Pattern.compile(">(Железнодорожная[^<]*)</text>").matcher(map.svg());
        assertTrue(legend.find());
        assertTrue(legend.group(1).endsWith("…") && legend.group(1).length() < name.length(), legend.group(1));
        assertTrue(org.amuratlas.chart.TextWidth.estimate(legend.group(1), Legend.FONT_SIZE) < BorderMap.WIDTH - 46);
        assertEquals(name, map.lines().get(0).label(), "the list beside the map keeps the whole name");
    }

    @Test
    void placesApartOnACloseUpAreJoinedThereAndOneSpotOnTheWholeRegion() {
        MapPoint blagoveshchensk = new MapPoint("blagoveshchensk", "Blagoveshchensk", 50.27, 127.53, "RU",
                "/places/blagoveshchensk");
        MapLine bridge = new MapLine("Heihe bridge", List.of(HEIHE, blagoveshchensk), "/projects/bridge", "BRIDGE", "bridge");
        DrawnMap whole = new BorderMap().draw("w", "Whole", List.of(HEIHE, blagoveshchensk), List.of(bridge), List.of(),
                Optional.empty(), EnglishMapWords.INSTANCE, false);
        assertEquals(List.of(), whole.lines(), "2 km apart: one spot on the whole region's map");
        assertEquals(List.of("Heihe"), whole.sites().get(0).places(), "the bridge stands at that spot");
        DrawnMap close = new BorderMap().draw("c", "Close", List.of(HEIHE, blagoveshchensk), List.of(bridge), List.of(),
                Optional.of(GeoBox.around(50.25, 127.5, 1.5)), EnglishMapWords.INSTANCE, false);
        assertEquals(1, close.lines().size(), "on a close-up the bridge joins its two ends");
        assertEquals(List.of("Heihe", "Blagoveshchensk"), close.lines().get(0).places());
        assertTrue(close.sites().isEmpty());
        List<String> paths = schematicPaths(close.svg());
        assertEquals(1, paths.size());
        String[] xy = paths.get(0).replaceAll("[ML]", "").trim().split("\\s+");
        double length = Math.hypot(Double.parseDouble(xy[2]) - Double.parseDouble(xy[0]),
                Double.parseDouble(xy[3]) - Double.parseDouble(xy[1]));
        assertTrue(length > Projection.SPOT, "a short line, but a line: " + length + " px");
    }
}
