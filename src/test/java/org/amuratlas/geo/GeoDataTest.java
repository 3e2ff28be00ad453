package org.amuratlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outline's text format (what it accepts, what it refuses and where), its areas, and the map's small rules. */
class GeoDataTest {

    private static GeoData parse(String text) throws IOException {
        return GeoData.parse(new StringReader(text));
    }

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
    }

    @Test
    void theSmallestValidShapesAreRead() throws IOException {
        GeoData data = parse("""
                source  Natural Earth
                licence public domain
                bbox 0 0 10 10

                feature L lake
                ring 1,1 2,1 2,2
                feature A country Alpha
                ring 0,0 4,0 4,4 0,4
                feature r river
                line 0,0 1,1
                feature last border The last one
                line 5,5 6,6
                """);
        assertEquals("Natural Earth", data.source());
        assertEquals("public domain", data.licence());
        assertEquals(new GeoBox(0, 0, 10, 10), data.bbox());
        assertEquals(List.of("L", "A", "r", "last"), data.features().stream().map(GeoFeature::id).toList());
        assertEquals("The last one", data.feature("last").orElseThrow().name(), "the feature at the end is kept");
        assertEquals(GeoFeature.Kind.BORDER, data.feature("last").orElseThrow().kind());
        assertEquals(List.of(0.0, 0.0, 1.0, 1.0), toList(data.feature("r").orElseThrow().parts().get(0)));
        // a lake is no country: the point is in the lake and in Alpha, and the lake comes first in the file
        assertTrue(data.feature("L").orElseThrow().contains(1.2, 1.8));
        assertEquals(Optional.of("A"), data.countryAt(1.2, 1.8));
        assertEquals(Optional.empty(), data.countryAt(5, 5));
        assertEquals(new GeoBox(0, 0, 4, 4), data.feature("A").orElseThrow().bounds());
        assertEquals(Optional.empty(), data.feature("missing"));
    }

    private static List<Double> toList(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Test
    void malformedLinesAreRefusedWithTheirLineNumber() {
        assertTrue(refusal("bbox 0 0 10\n").contains("line 1: bbox needs four numbers"));
        assertTrue(refusal("bbox 0 0 10 10\nfeature A\n").contains("line 2: feature needs an id and a kind"));
        assertTrue(refusal("bbox 0 0 10 10\nfeature A planet\n").contains("line 2"));
        assertTrue(refusal("# c\nbbox 0 0 10 10\nring 0,0 1,1 2,2\n").contains("line 3: ring before any feature"));
        assertTrue(refusal("bbox 0 0 10 10\nfeature A country\nline 0,0 1,1\n").contains("line 3: line in a COUNTRY feature"));
        assertTrue(refusal("bbox 0 0 10 10\nfeature r river\nring 0,0 1,1 2,2\n").contains("ring in a RIVER feature"));
        assertTrue(refusal("bbox 0 0 10 10\nfeature A country\nring 0,0 1,1\n").contains("line 3: ring with too few points"));
        assertTrue(refusal("bbox 0 0 10 10\nfeature r river\nline 0,0\n").contains("line 3: line with too few points"));
        assertTrue(refusal("bbox 0 0 10 10\nfeature r river\nline 0,0 1;1\n").contains("expected lon,lat but got '1;1'"));
        assertTrue(refusal("bbox 0 0 10 10\npolygon 0,0\n").contains("line 2: unknown line type 'polygon'"));
        assertTrue(refusal("bbox\n").contains("line 1"), "a key alone");
        assertTrue(refusal("bbox 0 0 10 10\nfeature A country\nring 0,0 1,0 1,1\nfeature A lake\nring 0,0 1,0 1,1\n")
                .contains("duplicate feature A"));
        assertTrue(refusal("feature A country\nring 0,0 1,0 1,1\n").contains("no bbox line"));
    }

    @Test
    void areasHoldPointsByTheEvenOddRuleAndLinesHoldNone() {
        GeoFeature square = new GeoFeature("S", GeoFeature.Kind.COUNTRY, "", List.of(new double[] {0, 0, 4, 0, 4, 4, 0, 4}));
        assertTrue(square.contains(2, 2));
        assertTrue(square.contains(0.01, 3.99));
        assertFalse(square.contains(2, 4.01));
        assertFalse(square.contains(-0.01, 2));
        assertFalse(square.contains(4.01, 2));
        // a triangle: inside depends on both coordinates
        GeoFeature triangle = new GeoFeature("T", GeoFeature.Kind.LAKE, "", List.of(new double[] {0, 0, 4, 0, 0, 4}));
        assertTrue(triangle.contains(1, 1));
        assertTrue(triangle.contains(1.9, 2));
        assertFalse(triangle.contains(2.1, 2));
        assertFalse(triangle.contains(3, 3));
        GeoFeature river = new GeoFeature("r", GeoFeature.Kind.RIVER, "", List.of(new double[] {0, 0, 4, 4}));
        assertFalse(river.contains(2, 2));
        assertFalse(GeoFeature.Kind.RIVER.area || GeoFeature.Kind.BORDER.area);
        assertTrue(GeoFeature.Kind.COUNTRY.area && GeoFeature.Kind.LAKE.area);
    }

    @Test
    void theSharedOutlineIsReadOnceAndAnOtherOutlineCanBeGiven() throws Exception {
        BorderMap map = new BorderMap();
        assertSame(GeoData.shared(), map.data());
        assertSame(map.data(), map.data());
        GeoData other = GeoData.parse(new StringReader("bbox 0 0 10 10\n"));
        assertSame(other, new BorderMap(other).data());
    }

    @Test
    void onlySafeLinksAreDrawn() {
        assertNull(MapLinks.safeHref(null));
        assertNull(MapLinks.safeHref("  "));
        assertEquals("/places/heihe", MapLinks.safeHref(" /places/heihe "));
        assertEquals("HTTPS://example.org/", MapLinks.safeHref("HTTPS://example.org/"));
        assertEquals("http://example.org/", MapLinks.safeHref("http://example.org/"));
        assertEquals("mailto:atlas@example.org", MapLinks.safeHref("mailto:atlas@example.org"));
        assertNull(MapLinks.safeHref("javascript:alert(1)"));
        assertNull(MapLinks.safeHref("ftp://example.org/"));
        assertNull(MapLinks.safeHref("data:text/html,x"));
        // a colon after the path, query or fragment starts is no scheme
        assertEquals("places/a:b", MapLinks.safeHref("places/a:b"));
        assertEquals("search?q=a:b", MapLinks.safeHref("search?q=a:b"));
        assertEquals("#map:1", MapLinks.safeHref("#map:1"));
        assertEquals(":x", MapLinks.safeHref(":x"), "nothing before the colon: no scheme");
        assertNull(MapLinks.safeHref("javascript:x/y"));
        assertNull(MapLinks.safeHref("javascript:x?y"));
        assertNull(MapLinks.safeHref("javascript:x#y"));
        StringBuilder out = new StringBuilder();
        MapLinks.open(out, "javascript:x");
        MapLinks.close(out, "javascript:x");
        assertEquals("", out.toString());
        MapLinks.open(out, "/a?b=1&c=2");
        MapLinks.close(out, "/a?b=1&c=2");
        assertEquals("<a href=\"/a?b=1&amp;c=2\"></a>", out.toString());
    }

    @Test
    void mapIdsAreSafeAndStartWithALetter() {
        assertEquals("region", BorderMap.safeId("region"));
        assertEquals("a-b-c", BorderMap.safeId("a\"b<c"));
        assertEquals("map-", BorderMap.safeId(null));
        assertEquals("map-", BorderMap.safeId(""));
        assertEquals("map-_x", BorderMap.safeId("_x"));
        assertEquals("map-1x", BorderMap.safeId("1x"));
        assertEquals("x_1-2", BorderMap.safeId("x_1-2"));
    }

    @Test
    void coloursFollowCountryAndKind() {
        assertEquals(MapStyle.CHINA_LAND, MapStyle.landColour("CN"));
        assertEquals(MapStyle.RUSSIA_LAND, MapStyle.landColour("RU"));
        assertEquals(MapStyle.OTHER_LAND, MapStyle.landColour("MN"));
        assertEquals(MapStyle.pointColour("CN"), MapStyle.pointColour("cn"), "any case");
        assertEquals(MapStyle.pointColour("RU"), MapStyle.pointColour("ru"));
        assertEquals(MapStyle.pointColour(null), MapStyle.pointColour("KP"));
        assertFalse(MapStyle.pointColour("CN").equals(MapStyle.pointColour("RU")));
        assertFalse(MapStyle.pointColour("CN").equals(MapStyle.pointColour(null)));
        assertEquals(MapStyle.kindColour(null), MapStyle.kindColour("UNKNOWN"));
        MapLine unkinded = new MapLine("x", List.of(), null, null, null);
        assertEquals("", unkinded.kind());
        assertEquals("", unkinded.kindLabel());
    }

    @Test
    void aFeatureIsNamedByTheOutlineUnlessItHasNoName() {
        MapWords words = EnglishMapWords.INSTANCE;
        assertEquals("Amur", words.featureName(GeoData.shared().feature("amur").orElseThrow()));
        assertNull(words.featureName(GeoData.shared().feature("river-222").orElseThrow()));
    }
}
