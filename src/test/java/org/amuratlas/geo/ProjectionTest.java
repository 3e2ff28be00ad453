package org.amuratlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a coordinate lands on the map: the projection, the boxes it frames, and how numbers are written. */
class ProjectionTest {

    private static final double HEIHE_LAT = 50.25, HEIHE_LON = 127.53;
    private static final double BLAGOVESHCHENSK_LAT = 50.27, BLAGOVESHCHENSK_LON = 127.54;
    private static final double HARBIN_LAT = 45.75, HARBIN_LON = 126.65;

    private final Projection region = new Projection(GeoBox.REGION, BorderMap.WIDTH);

    @Test
    void theBorderTwinCitiesLandInsideTheRegionMapNorthUpEastRight() {
        double hx = region.x(HEIHE_LON), hy = region.y(HEIHE_LAT);
        double bx = region.x(BLAGOVESHCHENSK_LON), by = region.y(BLAGOVESHCHENSK_LAT);
        for (double[] xy : List.of(new double[] {hx, hy}, new double[] {bx, by})) {
            assertTrue(xy[0] > 0 && xy[0] < BorderMap.WIDTH && xy[1] > 0 && xy[1] < region.height(), xy[0] + "," + xy[1]);
        }
        // Heihe at 127.53°E is 12.53° of the region's 27° from its west edge
        assertEquals(BorderMap.WIDTH * 12.53 / 27, hx, 1e-9);
        // Blagoveshchensk is a little north (up, smaller y) and east (right, larger x) of Heihe
        assertTrue(by < hy, "north is up");
        assertTrue(bx > hx, "east is right");
        // Harbin is south of Heihe: further down
        assertTrue(region.y(HARBIN_LAT) > hy);
        assertEquals(0, region.y(GeoBox.REGION.maxLat()), 1e-9);
        assertEquals(region.height(), region.y(GeoBox.REGION.minLat()), 1e-9);
    }

    @Test
    void distancesAreToScaleAlongMeridiansAndTheMiddleParallel() {
        double km = Projection.KM_PER_DEGREE;
        // Heihe to Harbin is 4.5° of latitude, 500.4 km: on the map that many kilometres at pixelsPerKm
        assertEquals(4.5 * km * region.pixelsPerKm(), region.y(HARBIN_LAT) - region.y(HEIHE_LAT), 1e-9);
        // a degree of longitude on the middle parallel (46.75°N) is shorter by cos(46.75°)
        double cos = Math.cos(Math.toRadians(46.75));
        assertEquals(km * cos * region.pixelsPerKm(), region.x(128) - region.x(127), 1e-9);
        // the same ratio fixes the height: 16.5° of latitude in the width of 27° of longitude
        assertEquals(BorderMap.WIDTH * 16.5 / (27 * cos), region.height(), 1e-9);
        // and it does not depend on where on the map: equal steps are equal lengths
        assertEquals(region.x(140) - region.x(139), region.x(116) - region.x(115), 1e-9);
        assertEquals(region.y(40) - region.y(41), region.y(54) - region.y(55), 1e-9);
        // a map half as wide is drawn at half the scale
        Projection compact = new Projection(GeoBox.REGION, BorderMap.WIDTH / 2.0);
        assertEquals(region.pixelsPerKm() / 2, compact.pixelsPerKm(), 1e-12);
        assertEquals(region.height() / 2, compact.height(), 1e-9);
    }

    @Test
    void pixelsGoBackToTheSameCoordinates() {
        for (double lon : new double[] {115, HEIHE_LON, 142}) {
            assertEquals(lon, region.lon(region.x(lon)), 1e-9);
        }
        for (double lat : new double[] {38.5, HARBIN_LAT, 55}) {
            assertEquals(lat, region.lat(region.y(lat)), 1e-9);
        }
        assertEquals(GeoBox.REGION.minLon() + 13.5, region.lon(BorderMap.WIDTH / 2.0), 1e-9);
        assertEquals(GeoBox.REGION.maxLat(), region.lat(0), 1e-9);
        assertEquals(GeoBox.REGION, region.box());
        assertEquals(BorderMap.WIDTH, region.width());
    }

    @Test
    void aViewportNeedsAPositiveWidth() {
        for (double width : new double[] {0, -1, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> new Projection(GeoBox.REGION, width), "width " + width);
        }
        assertEquals(1e-3, new Projection(GeoBox.REGION, 1e-3).width());
    }

    @Test
    void aBoxHoldsItsEdgesAndTouchingBoxesIntersect() {
        GeoBox box = new GeoBox(120, 40, 130, 50);
        assertTrue(box.contains(40, 120) && box.contains(50, 130), "corners are inside");
        assertFalse(box.contains(39.99, 125) || box.contains(50.01, 125), "latitude just outside");
        assertFalse(box.contains(45, 119.99) || box.contains(45, 130.01), "longitude just outside");
        assertEquals(45, box.centreLat(), 1e-12);
        assertTrue(box.intersects(new GeoBox(130, 50, 131, 51)), "touching at a corner");
        assertTrue(box.intersects(new GeoBox(110, 30, 120, 40)), "touching at the other corner");
        assertTrue(box.intersects(new GeoBox(125, 45, 126, 46)), "inside");
        assertFalse(box.intersects(new GeoBox(130.01, 45, 131, 46)), "east of it");
        assertFalse(box.intersects(new GeoBox(110, 45, 119.99, 46)), "west of it");
        assertFalse(box.intersects(new GeoBox(125, 50.01, 126, 51)), "north of it");
        assertFalse(box.intersects(new GeoBox(125, 30, 126, 39.99)), "south of it");
    }

    @Test
    void anUnusableBoxIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GeoBox(120, 40, 120, 50), "no width");
        assertThrows(IllegalArgumentException.class, () -> new GeoBox(120, 40, 130, 40), "no height");
        assertThrows(IllegalArgumentException.class, () -> new GeoBox(120, -86, 130, 40), "beyond 85°S");
        assertThrows(IllegalArgumentException.class, () -> new GeoBox(120, 40, 130, 86), "beyond 85°N");
        assertThrows(IllegalArgumentException.class, () -> new GeoBox(Double.NaN, 40, 130, 50), "not a number");
        assertEquals(-85, new GeoBox(0, -85, 1, 85).minLat(), "the limits themselves are fine");
    }

    @Test
    void aCloseUpIsCentredOnThePlaceAndFourToThreeLandscape() {
        GeoBox box = GeoBox.around(HEIHE_LAT, HEIHE_LON, 2);
        assertEquals(HEIHE_LAT - 2, box.minLat(), 1e-12);
        assertEquals(HEIHE_LAT + 2, box.maxLat(), 1e-12);
        double lonHalf = 2 * 4 / 3.0 / Math.cos(Math.toRadians(HEIHE_LAT));
        assertEquals(HEIHE_LON - lonHalf, box.minLon(), 1e-12);
        assertEquals(HEIHE_LON + lonHalf, box.maxLon(), 1e-12);
        // at Heihe's latitude the projected frame is 4:3 within the cosine's change over ±2°
        Projection p = new Projection(box, BorderMap.WIDTH);
        assertEquals(4.0 / 3, p.width() / p.height(), 0.01);
        assertEquals(BorderMap.WIDTH / 2.0, p.x(HEIHE_LON), 1e-9);
        assertEquals(p.height() / 2, p.y(HEIHE_LAT), 1e-9);
    }

    @Test
    void theBoxEnclosingPartsIsTheirExtent() {
        GeoBox box = GeoBox.enclosing(List.of(new double[] {121, 41, 125, 44}, new double[] {123, 39, 122, 47}));
        assertEquals(new GeoBox(121, 39, 125, 47), box);
        // a single point still makes a usable (tiny) box around itself
        GeoBox point = GeoBox.enclosing(List.<double[]>of(new double[] {127, 50}));
        assertEquals(127, point.minLon());
        assertEquals(50, point.minLat());
        assertEquals(127, point.maxLon(), 1e-6);
        assertEquals(50, point.maxLat(), 1e-6);
        assertTrue(point.contains(50, 127));
        // negative coordinates (west, south) are extents like any other
        assertEquals(new GeoBox(-10, -20, -5, -1), GeoBox.enclosing(List.<double[]>of(new double[] {-5, -1, -10, -20})));
    }

    @Test
    void numbersAreWrittenToATenthWithoutMinusZero() {
        assertEquals("12.3", SvgNumber.num(12.34));
        assertEquals("12.4", SvgNumber.num(12.35));
        assertEquals("-12.3", SvgNumber.num(-12.34));
        assertEquals("2", SvgNumber.num(1.96));
        assertEquals("10", SvgNumber.num(10));
        assertEquals("-10", SvgNumber.num(-10));
        assertEquals("0.1", SvgNumber.num(0.05));
        assertEquals("-0.5", SvgNumber.num(-0.5));
        assertEquals("0", SvgNumber.num(0.04));
        assertEquals("0", SvgNumber.num(-0.04));
        assertEquals("1234.5", SvgNumber.num(1234.5));
    }
}
