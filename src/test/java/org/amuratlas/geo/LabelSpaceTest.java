package org.amuratlas.geo;

import static org.amuratlas.geo.MapPlacesAndLinesTest.HARBIN;
import static org.amuratlas.geo.MapPlacesAndLinesTest.MOHE;
import static org.amuratlas.geo.MapPlacesAndLinesTest.DAQING;
import static org.amuratlas.geo.MapPlacesAndLinesTest.REGION;
import static org.amuratlas.geo.MapSvg.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.amuratlas.chart.TextWidth;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * How labels are kept apart: boxes that merely touch do not overlap, a turned text takes the box around it, the
 * frame keeps a 2-unit margin, and everything drawn reserves its own box, so nothing placed later covers it.
 */
class LabelSpaceTest {

    private static final double WIDTH = BorderMap.WIDTH;
    private static final double MAP_H = Math.round(REGION.height());

    @Test
    void boxesThatTouchDoNotOverlap() {
        Box b = new Box(10, 10, 20, 20);
        assertFalse(b.overlaps(new Box(20, 10, 30, 20)), "touching on the right");
        assertFalse(b.overlaps(new Box(0, 10, 10, 20)), "touching on the left");
        assertFalse(b.overlaps(new Box(10, 20, 20, 30)), "touching below");
        assertFalse(b.overlaps(new Box(10, 0, 20, 10)), "touching above");
        assertTrue(b.overlaps(new Box(19.9, 19.9, 30, 30)), "a corner shared");
        assertTrue(b.overlaps(new Box(0, 0, 10.1, 10.1)), "the other corner");
        assertTrue(b.overlaps(new Box(12, 12, 13, 13)), "inside");
    }

    @Test
    void aTurnedTextTakesTheBoxAroundItPlusOneUnit() {
        assertEquals(new Box(79, 44, 121, 56), Box.rotated(100, 50, 40, 10, 0));
        Box upright = Box.rotated(100, 50, 40, 10, Math.PI / 2);
        assertEquals(94, upright.x0(), 1e-9);
        assertEquals(29, upright.y0(), 1e-9);
        assertEquals(106, upright.x1(), 1e-9);
        assertEquals(71, upright.y1(), 1e-9);
        // turned 30° either way: cos 30° = 0.866, sin 30° = 0.5
        for (double rad : new double[] {Math.PI / 6, -Math.PI / 6}) {
            Box b = Box.rotated(100, 50, 40, 10, rad);
            double hw = (40 * Math.cos(Math.PI / 6) + 10 * 0.5) / 2 + 1, hh = (40 * 0.5 + 10 * Math.cos(Math.PI / 6)) / 2 + 1;
            assertEquals(100 - hw, b.x0(), 1e-9);
            assertEquals(50 - hh, b.y0(), 1e-9);
            assertEquals(100 + hw, b.x1(), 1e-9);
            assertEquals(50 + hh, b.y1(), 1e-9);
        }
    }

    @Test
    void aLabelFitsInsideTheFrameLessTwoUnitsAndBesideItsOwnMarkerOnly() {
        LabelSpace space = new LabelSpace(100, 50);
        assertTrue(space.fits(new Box(2, 2, 98, 48), null), "up to the margin");
        assertFalse(space.fits(new Box(1.9, 10, 20, 20), null), "left");
        assertFalse(space.fits(new Box(10, 1.9, 20, 20), null), "top");
        assertFalse(space.fits(new Box(10, 10, 98.1, 20), null), "right");
        assertFalse(space.fits(new Box(10, 10, 20, 48.1), null), "bottom");
        Box marker = new Box(40, 20, 50, 30);
        space.take(marker);
        Box label = new Box(45, 25, 60, 35);
        assertFalse(space.fits(label, null));
        assertTrue(space.fits(label, marker), "its own marker is left aside");
        assertTrue(space.fits(label, new Box(40, 20, 50, 30)), "an equal box is the same marker");
        assertFalse(space.fits(label, new Box(0, 0, 1, 1)), "another marker is not");
        assertTrue(space.fits(new Box(50, 30, 60, 40), null), "touching is fine");
    }

    /** Whether the box's area is taken: no small box just inside any of its corners fits any more. */
    private static void assertTaken(LabelSpace space, double x0, double y0, double x1, double y1, String what) {
        double e = 0.3;
        for (double[] c : new double[][] {{x0 + e, y0 + e}, {x1 - e, y0 + e}, {x0 + e, y1 - e}, {x1 - e, y1 - e}}) {
            assertFalse(space.fits(new Box(c[0] - 0.1, c[1] - 0.1, c[0] + 0.1, c[1] + 0.1), null),
                    what + " reserves " + c[0] + "," + c[1]);
        }
    }

    private static MapSvg parse(StringBuilder svg) {
        return new MapSvg("<svg>" + svg + "</svg>");
    }

    @Test
    void placesReserveTheirCircleAndTheirLabelsTheirTextBox() {
        LabelSpace space = new LabelSpace(WIDTH, MAP_H);
        StringBuilder svg = new StringBuilder();
        PlaceLayer.drawMarkers(svg, List.of(HARBIN, MOHE), REGION, space);
        for (MapPoint pt : List.of(HARBIN, MOHE)) {
            double x = REGION.x(pt.lon()), y = REGION.y(pt.lat()), r = PlaceLayer.RADIUS + 1;
            assertTaken(space, x - r, y - r, x + r, y + r, pt.label() + "'s circle");
        }
        StringBuilder labels = PlaceLayer.labels(List.of(HARBIN, MOHE), REGION, space, Map.of());
        for (Element t : parse(labels).all("text")) {
            double[] b = MapPlacesAndLinesTest.labelBox(t);
            assertTaken(space, b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1, t.getTextContent());
        }
    }

    @Test
    void whenRightLeftAboveAndBelowAreTakenALabelGoesUpperRight() {
        LabelSpace space = new LabelSpace(WIDTH, MAP_H);
        double x = REGION.x(HARBIN.lon()), y = REGION.y(HARBIN.lat());
        double w = TextWidth.estimate("Harbin", MapStyle.FONT_SIZE);
        space.take(new Box(x + 7, y, x + 40, y + 8)); // right
        space.take(new Box(x - 40, y, x - 7, y + 8)); // left
        space.take(new Box(x - w / 2 - 1, y - 20, x + 4, y - 6)); // above
        space.take(new Box(x - w / 2 - 1, y + 7, x + w / 2 + 1, y + 21)); // below
        Element label = parse(PlaceLayer.labels(List.of(HARBIN), REGION, space, Map.of())).all("text").get(0);
        assertEquals(x + PlaceLayer.RADIUS + 3 - 2, number(label, "x"), 0.05);
        assertEquals(y - PlaceLayer.RADIUS - 3 + 1, number(label, "y"), 0.05);
        assertFalse(label.hasAttribute("text-anchor"));
    }

    @Test
    void projectsReserveTheirRingsAndBadgesTheirCircle() {
        LabelSpace space = new LabelSpace(WIDTH, MAP_H);
        MapSite site = new MapSite("Zone", List.of(HARBIN), null, "TRADE_ZONE", "zone");
        SiteLayer.draw(new StringBuilder(), List.of(new SiteLayer.Square(site, HARBIN)), REGION, space);
        double x = REGION.x(HARBIN.lon()), y = REGION.y(HARBIN.lat()), reach = SiteLayer.reach(1);
        assertEquals(9.5 + SiteLayer.SIZE, reach);
        assertEquals(0, SiteLayer.reach(0));
        assertEquals(16 + SiteLayer.SIZE, SiteLayer.reach(9));
        assertTaken(space, x - reach, y - reach, x + reach, y + reach, "the ring");
        StringBuilder svg = new StringBuilder();
        MapLine oil = new MapLine("Oil", List.of(MOHE, DAQING), null, "PIPELINE", "pipeline");
        RouteLayer.drawBadges(svg, List.of(new RouteLayer.Placed(1, oil, oil.points())), REGION, space);
        Element badge = parse(svg).all("circle").get(0);
        double bx = number(badge, "cx"), by = number(badge, "cy"), r = RouteLayer.BADGE_RADIUS + 1;
        assertTaken(space, bx - r, by - r, bx + r, by + r, "the badge");
    }

    @Test
    void namesReserveTheirBoxes() {
        LabelSpace space = new LabelSpace(WIDTH, MAP_H);
        StringBuilder names = new StringBuilder();
        AreaLabels.place(names, GeoData.shared(), REGION, WIDTH, MAP_H, space, EnglishMapWords.INSTANCE);
        RiverLabels.place(names, GeoData.shared(), REGION, space, EnglishMapWords.INSTANCE);
        MapSvg svg = parse(names);
        int areas = 0, rivers = 0;
        for (Element t : svg.all("text")) {
            double x = number(t, "x"), y = number(t, "y");
            if (t.hasAttribute("transform")) {
                String[] rotate = t.getAttribute("transform").replaceAll("[a-z()]", "").trim().split(" ");
                Box b = Box.rotated(x, y, TextWidth.estimate(t.getTextContent(), 11), 11,
                        Math.toRadians(Double.parseDouble(rotate[0])));
                assertTaken(space, b.x0(), b.y0(), b.x1(), b.y1(), t.getTextContent());
                rivers++;
            } else {
                double size = number(t, "font-size");
                double w = TextWidth.estimate(t.getTextContent(), size)
                        + (t.hasAttribute("letter-spacing") ? 3 * t.getTextContent().length() : 0);
                assertTaken(space, x - w / 2 - 4, y - size - 2, x + w / 2 + 4, y + 4, t.getTextContent());
                areas++;
            }
        }
        assertTrue(areas >= 4 && rivers >= 4, areas + " areas, " + rivers + " rivers");
    }

    @Test
    void graticuleLabelsReserveTheirPlaceFirst() {
        LabelSpace space = new LabelSpace(WIDTH, MAP_H);
        StringBuilder svg = new StringBuilder();
        Graticule.draw(svg, REGION, WIDTH, MAP_H, space, EnglishMapWords.INSTANCE);
        for (Element t : parse(svg).all("text")) {
            double x = number(t, "x"), y = number(t, "y"), w = TextWidth.estimate(t.getTextContent(), 10);
            if (t.getAttribute("text-anchor").equals("middle")) {
                // the meridian's label: centred at the top; the space from the top edge down to 15
                assertTaken(space, x - w / 2 - 2, 2, x + w / 2 + 2, 15, t.getTextContent());
                assertTrue(space.fits(new Box(x + w / 2 + 2.1, 3, x + w / 2 + 2.5, 4), null)
                        || space.fits(new Box(x - w / 2 - 2.5, 3, x - w / 2 - 2.1, 4), null), "no wider than the label");
            } else {
                // the parallel's: at the left edge, just above its line
                double line = y + 3;
                assertTaken(space, 2, line - 14, 6 + w, line, t.getTextContent());
                assertTrue(space.fits(new Box(6 + w + 0.1, line - 10, 6 + w + 1, line - 9), null), "no wider than the label");
            }
        }
    }
}
