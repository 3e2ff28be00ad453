package org.amuratlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Plain unit tests (no Quarkus): the shipped outline, the projection and the SVG writer. */
class BorderMapTest {

    private static final MapPoint HARBIN = new MapPoint("harbin", "Harbin", 45.75, 126.65, "CN", "/places/harbin");
    private static final MapPoint HEIHE = new MapPoint("heihe", "Heihe", 50.25, 127.53, "CN", "/places/heihe");
    private static final MapPoint BLAGOVESHCHENSK =
            new MapPoint("blagoveshchensk", "Blagoveshchensk", 50.27, 127.54, "RU", "/places/blagoveshchensk");

    @Test
    void outlineLoadsFromTheClassPathWithChinaAndRussia() {
        GeoData data = GeoData.shared();
        GeoFeature china = data.feature("CN").orElseThrow();
        GeoFeature russia = data.feature("RU").orElseThrow();
        assertEquals(GeoFeature.Kind.COUNTRY, china.kind());
        assertEquals("China", china.name());
        assertEquals("Russia", russia.name());
        assertTrue(data.feature("amur").isPresent(), "Amur river");
        assertTrue(data.feature("ussuri").isPresent(), "Ussuri river");
        assertEquals(GeoFeature.Kind.BORDER, data.feature("CN-RU").orElseThrow().kind());
        for (String other : List.of("MN", "KP", "JP")) {
            assertTrue(data.feature(other).isPresent(), other);
        }
        assertTrue(data.source().contains("Natural Earth"));
        assertTrue(data.licence().contains("public domain"));
        assertEquals(new GeoBox(112, 38, 146, 57), data.bbox());
        assertTrue(data.bbox().contains(GeoBox.REGION.minLat(), GeoBox.REGION.minLon()));
        assertTrue(data.bbox().contains(GeoBox.REGION.maxLat(), GeoBox.REGION.maxLon()));
        assertTrue(GeoData.shared() == data, "read once");
    }

    @Test
    void placesFallInTheRightCountry() {
        GeoData data = GeoData.shared();
        assertTrue(data.feature("CN").orElseThrow().contains(HARBIN.lat(), HARBIN.lon()));
        assertFalse(data.feature("RU").orElseThrow().contains(HARBIN.lat(), HARBIN.lon()));
        assertEquals(Optional.of("CN"), data.countryAt(HARBIN.lat(), HARBIN.lon()));
        assertEquals(Optional.of("RU"), data.countryAt(43.12, 131.89)); // Vladivostok
        assertEquals(Optional.of("RU"), data.countryAt(48.48, 135.08)); // Khabarovsk
        assertEquals(Optional.of("CN"), data.countryAt(49.6, 117.43)); // Manzhouli
        assertEquals(Optional.of("MN"), data.countryAt(47.0, 114.0));
        assertEquals(Optional.empty(), data.countryAt(41.0, 135.0)); // Sea of Japan
    }

    @Test
    void projectionFitsTheBoxIntoTheViewport() {
        GeoBox box = new GeoBox(115, 40, 142, 55);
        Projection p = new Projection(box, 960);
        assertEquals(0, p.x(115), 1e-9);
        assertEquals(960, p.x(142), 1e-9);
        assertEquals(0, p.y(55), 1e-9);
        assertEquals(p.height(), p.y(40), 1e-9);
        // cos(47.5°) scaling: a degree of latitude is longer than a degree of longitude
        double perLon = 960 / 27.0;
        assertEquals(perLon / Math.cos(Math.toRadians(47.5)) * 15, p.height(), 1e-6);
        assertEquals(126.65, p.lon(p.x(126.65)), 1e-9);
        assertEquals(45.75, p.lat(p.y(45.75)), 1e-9);
        double hx = p.x(HARBIN.lon()), hy = p.y(HARBIN.lat());
        assertTrue(hx > 0 && hx < p.width() && hy > 0 && hy < p.height());
    }

    @Test
    void focusBoxIsCentredOnThePlace() {
        GeoBox box = GeoBox.around(HARBIN.lat(), HARBIN.lon(), 3);
        assertEquals(42.75, box.minLat(), 1e-9);
        assertEquals(48.75, box.maxLat(), 1e-9);
        assertEquals(HARBIN.lon(), (box.minLon() + box.maxLon()) / 2, 1e-9);
        Projection p = new Projection(box, 960);
        assertEquals(4.0 / 3, p.width() / p.height(), 0.03);
        assertThrows(IllegalArgumentException.class, () -> new GeoBox(130, 50, 120, 40));
    }

    @Test
    void svgIsSelfContainedAccessibleAndCredited() {
        String svg = new BorderMap().svg("region", "Border crossings", List.of(HARBIN, HEIHE, BLAGOVESHCHENSK),
                List.of(new MapLine("Heihe–Blagoveshchensk bridge", List.of(HEIHE, BLAGOVESHCHENSK), "/projects/bridge")),
                Optional.empty(), EnglishMapWords.INSTANCE);
        assertTrue(svg.startsWith("<svg class=\"map map-wide\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 "), svg.substring(0, 120));
        assertTrue(svg.contains("role=\"group\" aria-labelledby=\"region-t region-d\""));
        assertTrue(svg.contains("<title id=\"region-t\">Border crossings</title>"));
        assertTrue(svg.contains("<desc id=\"region-d\">Map of the China–Russia border region"));
        assertTrue(svg.contains("3 places: Harbin, Heihe, Blagoveshchensk"));
        assertTrue(svg.contains(">Outline: Natural Earth (public domain)</text>"));
        assertTrue(svg.contains("<a href=\"/places/harbin\">"));
        assertTrue(svg.contains("<a href=\"/projects/bridge\">"));
        assertTrue(svg.contains("<title>Heihe–Blagoveshchensk bridge</title>"));
        assertTrue(svg.contains("fill=\"" + MapStyle.CHINA_LAND + "\""));
        assertTrue(svg.contains("fill=\"" + MapStyle.RUSSIA_LAND + "\""));
        assertTrue(svg.contains("stroke=\"" + MapStyle.RIVER + "\""));
        assertTrue(svg.endsWith("</svg>"));
        assertFalse(svg.contains(" style="), "no inline styles (CSP)");
        assertFalse(svg.contains("<style"), "no style element");
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("NaN"));
        // every circle has a tooltip, even when its label had to be dropped (Heihe and Blagoveshchensk overlap)
        assertEquals(3, count(svg, "r=\"4.5\""));
        assertEquals(3, count(svg, "</title></circle>"));
        assertTrue(svg.length() < 150_000, "size " + svg.length());
    }

    @Test
    void textAndLinksAreEscaped() {
        MapPoint evil = new MapPoint("x", "<script>alert('x')</script> & \"co\"", 45.0, 128.0, "CN",
                "/places/x?a=1&b=\"2\"");
        MapPoint scripted = new MapPoint("y", "Y", 46.0, 130.0, "RU", "javascript:alert(1)");
        String svg = new BorderMap().svg("a\"b<c", "<b>Title</b>", List.of(evil, scripted),
                List.of(new MapLine("</title><script>", List.of(evil, scripted), "JavaScript:alert(2)")), Optional.empty(), EnglishMapWords.INSTANCE);
        assertFalse(svg.contains("<script"), "no raw script tag");
        assertFalse(svg.contains("<b>"));
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"));
        assertTrue(svg.contains("&lt;b&gt;Title&lt;/b&gt;"));
        assertTrue(svg.contains("&lt;/title&gt;&lt;script&gt;"));
        assertTrue(svg.contains("<a href=\"/places/x?a=1&amp;b=&quot;2&quot;\">"));
        assertFalse(svg.toLowerCase().contains("javascript:"), "unsafe hrefs are dropped");
        assertTrue(svg.contains("aria-labelledby=\"a-b-c-t a-b-c-d\""));
    }

    @Test
    void focusKeepsOnlyPlacesInViewAndZoomsIn() {
        MapPoint beijing = new MapPoint("beijing", "Beijing", 39.9, 116.4, "CN", null);
        MapPoint warsaw = new MapPoint("warsaw", "Warsaw", 52.2, 21.0, "PL", null);
        BorderMap map = new BorderMap();
        String region = map.svg("r", "Region", List.of(HARBIN, beijing, warsaw), List.of(), Optional.empty(), EnglishMapWords.INSTANCE);
        assertEquals(2, count(region, "<circle "));
        String focus = map.svg("f", "Harbin", List.of(HARBIN, HEIHE, beijing),
                List.of(), Optional.of(GeoBox.around(HARBIN.lat(), HARBIN.lon(), 3)), EnglishMapWords.INSTANCE);
        assertEquals(1, count(focus, "<circle "));
        assertTrue(focus.contains(">Harbin</text>"));
        assertTrue(focus.contains(">Songhua</text>"), "river label in the zoomed view");
    }

    @Test
    void theMapsOwnWordsComeFromTheReadersLanguage() {
        MapWords chinese = new MapWords() {
            @Override public String country(String code) { return code.equals("RU") ? "俄罗斯" : code.equals("CN") ? "中国" : code; }
            @Override public String sea(String key) { return key.equals("japan") ? "日本海" : "鄂霍次克海"; }
            @Override public String river(String id) { return id.equals("amur") ? "黑龙江" : id; }
            @Override public String boundaryLegend() { return "中俄边界"; }
            @Override public String riverLegend() { return "河流"; }
            @Override public String schematicLegend() { return "虚线：示意连线"; }
            @Override public String areaLegend() { return "斜线：覆盖整个地区"; }
            @Override public String across(String project, List<String> regions) { return project + "（覆盖" + String.join("、", regions) + "）"; }
            @Override public String continuesOffMap(List<String> places) { return "（延伸至" + String.join("、", places) + "）"; }
            @Override public String distance(double km) { return SvgNumber.num(km) + "公里"; }
            @Override public String credit() { return "轮廓：Natural Earth（公有领域）"; }
            @Override public String longitude(int degrees) { return "东经" + degrees + "°"; }
            @Override public String latitude(int degrees) { return "北纬" + degrees + "°"; }
            @Override public String description(GeoBox view, List<String> places, List<String> routes) {
                return "中俄边境地区地图，" + String.join("、", places);
            }
        };
        MapPoint heihe = new MapPoint("heihe", "黑河", 50.25, 127.53, "CN", "/places/heihe");
        String svg = new BorderMap().svg("zh", "地图", List.of(heihe), List.of(), Optional.empty(), chinese);
        for (String word : List.of(">俄罗斯</text>", ">中国</text>", ">日本海</text>", ">黑龙江</text>", ">中俄边界</text>",
                ">河流</text>", "公里</text>", ">轮廓：Natural Earth（公有领域）</text>", ">东经120°</text>", ">北纬45°</text>",
                ">黑河</text>", "<desc id=\"zh-d\">中俄边境地区地图，黑河</desc>")) {
            assertTrue(svg.contains(word), word);
        }
        assertFalse(svg.contains("RUSSIA") || svg.contains("Sea of Japan") || svg.contains(" km<"), "no English left");
    }

    @Test
    void malformedDataIsRejectedWithItsLineNumber() throws IOException {
        GeoData ok = GeoData.parse(new StringReader("""
                # comment
                bbox 0 0 10 10
                feature A country Alpha land
                ring 0,0 4,0 4,4 0,4
                ring 1,1 2,1 2,2 1,2
                feature r river
                line 0,0 1,1
                """));
        GeoFeature a = ok.feature("A").orElseThrow();
        assertEquals("Alpha land", a.name());
        assertTrue(a.contains(3, 3));
        assertFalse(a.contains(1.5, 1.5), "hole");
        assertEquals("", ok.feature("r").orElseThrow().name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeoData.parse(new StringReader("bbox 0 0 10 10\nfeature A country\nring 0,0 1;1 2,2\n")));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GeoData.parse(new StringReader("bbox 0 0 10 10\nring 0,0 1,1 2,2\n")));
        assertThrows(IllegalArgumentException.class,
                () -> GeoData.parse(new StringReader("bbox 0 0 10 10\nfeature r river\nring 0,0 1,1 2,2\n")));
    }

    @Test
    void helpers() {
        assertEquals("12.3", SvgNumber.num(12.34));
        assertEquals("-1", SvgNumber.num(-1.0));
        assertEquals("0", SvgNumber.num(-0.01));
        assertNull(MapLinks.safeHref(" data:text/html,x"));
        assertEquals("https://example.org/a", MapLinks.safeHref("https://example.org/a"));
        assertEquals("/places/a:b", MapLinks.safeHref("/places/a:b"));
        assertEquals("map-1x", BorderMap.safeId("1x"));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
