package org.amuratlas.chart;

import static org.amuratlas.chart.SvgDocument.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.NumberText;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The yearly line chart: geometry that matches the data, axes, legend, and text a screen reader can use. */
class LineChartTest {

    /** Plot area of the 420 × 340 chart: x from 64 to 400, y from 40 (top) to 270 (bottom). */
    private static final double LEFT = 64;
    private static final double RIGHT = 400;
    private static final double TOP = 40;
    private static final double BOTTOM = 270;

    private static final ChartLine EXPORTS = new ChartLine("Exports", List.of(new ChartPoint(2008, 79.7),
            new ChartPoint(2009, 32.7), new ChartPoint(2010, 42.8)));
    private static final ChartLine IMPORTS = new ChartLine("Imports", List.of(new ChartPoint(2008, 30.9),
            new ChartPoint(2009, 23.1), new ChartPoint(2010, 31.9)));

    /** English numbers and tooltips, as the pages write them for an English reader. */
    private static final ChartText ENGLISH = new ChartText() {
        @Override
        public String number(double value) {
            return NumberText.of(Language.EN).format(value, 2);
        }

        @Override
        public String point(String line, int year, String value, String unit) {
            return line + ", " + year + ": " + value + " " + unit;
        }
    };

    private static SvgDocument chart(List<ChartLine> lines) {
        return new SvgDocument(LineChart.svg("c1", "Trade <volume>", "Exports & imports", "Year", "units", lines,
                ENGLISH));
    }

    @Test
    void isAnAccessibleImageWithItsTitleAndDescriptionEscaped() {
        SvgDocument svg = chart(List.of(EXPORTS, IMPORTS));
        assertEquals("svg", svg.root().getTagName());
        assertEquals("img", svg.root().getAttribute("role"));
        assertEquals("c1-t c1-d", svg.root().getAttribute("aria-labelledby"));
        assertEquals("Trade <volume>", svg.texts("/*/*[local-name()='title'][@id='c1-t']").get(0));
        assertEquals("Exports & imports", svg.texts("/*/*[local-name()='desc'][@id='c1-d']").get(0));
        assertTrue(svg.texts("//*[local-name()='text']").containsAll(List.of("Trade <volume>", "Year", "units")));
    }

    @Test
    void pointsArePlacedByYearAndValueOnTheAxesScale() {
        SvgDocument svg = chart(List.of(EXPORTS, IMPORTS));
        List<Element> points = svg.all("//*[local-name()='circle']");
        assertEquals(6, points.size());
        // x: 2008 at the left edge, 2010 at the right edge, 2009 half way
        assertEquals(LEFT, number(points.get(0), "cx"), 0.05);
        assertEquals((LEFT + RIGHT) / 2, number(points.get(1), "cx"), 0.05);
        assertEquals(RIGHT, number(points.get(2), "cx"), 0.05);
        // y: the axis runs from 0 to 80 in steps of 20 (data 23.1–79.7), so 79.7 sits just below the top
        assertEquals(BOTTOM - 79.7 / 80 * (BOTTOM - TOP), number(points.get(0), "cy"), 0.05);
        assertEquals(BOTTOM - 23.1 / 80 * (BOTTOM - TOP), number(points.get(4), "cy"), 0.05);
        assertEquals(List.of("0", "20", "40", "60", "80"), tickLabels(svg));
        // each point names its line, year and value for a pointer or a screen reader
        // each point names its line, year and value, in the unit the axis states, for a pointer or a screen reader
        assertEquals("Exports, 2008: 79.7 units", svg.texts("//*[local-name()='circle']/*[local-name()='title']").get(0));
        assertEquals("Imports, 2010: 31.9 units", svg.texts("//*[local-name()='circle']/*[local-name()='title']").get(5));
    }

    @Test
    void everyYearIsLabelledOnTheXAxis() {
        SvgDocument svg = chart(List.of(new ChartLine("a", List.of(new ChartPoint(2008, 1), new ChartPoint(2018, 2)))));
        List<String> texts = svg.texts("//*[local-name()='text']");
        for (int year = 2008; year <= 2018; year++) {
            assertTrue(texts.contains(Integer.toString(year)), "label " + year);
        }
    }

    @Test
    void negativeValuesGetAZeroLineAndTicksBelowIt() {
        SvgDocument svg = chart(List.of(new ChartLine("growth", List.of(new ChartPoint(2008, -49.6),
                new ChartPoint(2009, 154.0), new ChartPoint(2010, 360.0)))));
        assertEquals(List.of("-100", "0", "100", "200", "300", "400"), tickLabels(svg));
        List<Element> gridLines = svg.all("/*/*[local-name()='line']");
        long zeroLines = gridLines.stream().filter(l -> l.getAttribute("stroke").equals("#4f5966")).count();
        assertEquals(1, zeroLines, "one darker line at zero");
        Element zero = gridLines.stream().filter(l -> l.getAttribute("stroke").equals("#4f5966")).findFirst().orElseThrow();
        assertEquals(BOTTOM - 100.0 / 500 * (BOTTOM - TOP), number(zero, "y1"), 0.05);
    }

    @Test
    void linesDifferByColourAndDashAndTheLegendNamesEach() {
        ChartLine third = new ChartLine("Total", List.of(new ChartPoint(2008, 110.6), new ChartPoint(2009, 55.8)));
        SvgDocument svg = chart(List.of(EXPORTS, IMPORTS, third));
        List<Element> paths = svg.all("//*[local-name()='path']");
        assertEquals(3, paths.size());
        assertEquals(3, paths.stream().map(p -> p.getAttribute("stroke")).distinct().count());
        assertEquals(List.of("", "6 3", "2 3"), paths.stream().map(p -> p.getAttribute("stroke-dasharray")).toList());
        assertTrue(paths.get(0).getAttribute("d").startsWith("M64.0 "));
        assertEquals(2, paths.get(0).getAttribute("d").split(" L").length - 1, "three points, two segments");
        assertTrue(svg.texts("//*[local-name()='text']").containsAll(List.of("Exports", "Imports", "Total")));
        // the legend adds a row per line below the plot
        assertEquals("0 0 420 380", svg.root().getAttribute("viewBox"));
        assertEquals("0 0 420 340", chart(List.of(EXPORTS)).root().getAttribute("viewBox"));
    }

    @Test
    void aSingleYearOrAFlatLineStillDrawsWithinThePlot() {
        SvgDocument single = chart(List.of(new ChartLine("one", List.of(new ChartPoint(2024, 38)))));
        Element point = single.all("//*[local-name()='circle']").get(0);
        assertEquals(LEFT, number(point, "cx"), 0.05);
        assertTrue(number(point, "cy") >= TOP && number(point, "cy") <= BOTTOM);
        SvgDocument flat = chart(List.of(new ChartLine("zero", List.of(new ChartPoint(2008, 0), new ChartPoint(2009, 0)))));
        for (Element p : flat.all("//*[local-name()='circle']")) {
            assertEquals(BOTTOM, number(p, "cy"), 0.05);
        }
        assertFalse(tickLabels(flat).isEmpty());
    }

    private static List<String> tickLabels(SvgDocument svg) {
        return svg.all("//*[local-name()='text'][@text-anchor='end']").stream().map(Element::getTextContent).toList();
    }

    @Test
    void aUnitTooLongForTheAxisGoesOnTwoLinesInsideTheChart() {
        String unit = "100 million US dollars (printed: million US dollars)";
        SvgDocument svg = new SvgDocument(LineChart.svg("c2", "Trade", "d", "Year", unit, List.of(EXPORTS), ENGLISH));
        List<String> texts = svg.texts("//*[local-name()='text']");
        assertTrue(texts.contains("100 million US dollars") && texts.contains("(printed: million US dollars)"), texts.toString());
        for (String line : List.of("100 million US dollars", "(printed: million US dollars)")) {
            assertTrue(TextWidth.estimate(line, 12) <= BOTTOM - TOP, line + " fits the plot's height");
        }
        assertEquals(List.of("units"), chart(List.of(EXPORTS)).texts("//*[local-name()='text']").stream()
                .filter(t -> t.equals("units")).toList(), "a short unit stays on one line");
    }

    @Test
    void titleAxesTicksAndLegendStandWhereTheReaderLooksForThem() {
        SvgDocument svg = chart(List.of(EXPORTS, IMPORTS));
        Element title = svg.all("//*[local-name()='text'][@font-size='15']").get(0);
        assertEquals(LEFT, number(title, "x"));
        assertEquals(22, number(title, "y"));
        // the x axis: a year under each point, its name centred under the plot
        for (Element year : svg.all("//*[local-name()='text'][@text-anchor='middle']")) {
            if (year.getTextContent().matches("\\d{4}")) {
                int y = Integer.parseInt(year.getTextContent());
                assertEquals(LEFT + (y - 2008) * (RIGHT - LEFT) / 2, number(year, "x"), 0.05);
                assertEquals(BOTTOM + 18, number(year, "y"));
            }
        }
        Element xLabel = svg.all("//*[local-name()='text'][.='Year']").get(0);
        assertEquals((LEFT + RIGHT) / 2, number(xLabel, "x"));
        assertEquals(BOTTOM + 38, number(xLabel, "y"));
        assertEquals("middle", xLabel.getAttribute("text-anchor"));
        // the y axis: its unit turned upright beside the plot's middle
        assertEquals("translate(14 155.0) rotate(-90)", svg.all("//*[local-name()='text'][.='units']").get(0).getAttribute("transform"));
        // each tick: a grid line across the plot and its value right-aligned 6 units left of it, 4 below
        List<Element> grid = svg.all("/*/*[local-name()='line'][@x2='400']");
        List<Element> ticks = svg.all("//*[local-name()='text'][@text-anchor='end']");
        assertEquals(5, grid.size());
        for (int i = 0; i < grid.size(); i++) {
            assertEquals(LEFT, number(grid.get(i), "x1"));
            double y = BOTTOM - i * (BOTTOM - TOP) / 4;
            assertEquals(y, number(grid.get(i), "y1"), 0.05);
            assertEquals(y, number(grid.get(i), "y2"), 0.05);
            assertEquals(LEFT - 6, number(ticks.get(i), "x"));
            assertEquals(y + 4, number(ticks.get(i), "y"), 0.05);
        }
        // the legend: a 28-unit sample and the name, a row of 20 per line under the axis name
        List<Element> samples = svg.all("/*/*[local-name()='line'][@x2='92']");
        assertEquals(2, samples.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(LEFT, number(samples.get(i), "x1"));
            assertEquals(328 + 20 * i, number(samples.get(i), "y1"));
            assertEquals(328 + 20 * i, number(samples.get(i), "y2"));
            Element name = svg.all("//*[local-name()='text'][.='" + (i == 0 ? "Exports" : "Imports") + "']").get(0);
            assertEquals(LEFT + 36, number(name, "x"));
            assertEquals(332 + 20 * i, number(name, "y"));
        }
        assertEquals("", samples.get(0).getAttribute("stroke-dasharray"));
        assertEquals("6 3", samples.get(1).getAttribute("stroke-dasharray"));
    }

    @Test
    void aTwoLineUnitIsSetSideBySideLeftOfThePlot() {
        SvgDocument svg = new SvgDocument(LineChart.svg("c3", "Trade", "d", "Year",
                "100 million US dollars (printed: million US dollars)", List.of(EXPORTS), ENGLISH));
        assertEquals("translate(12 155.0) rotate(-90)",
                svg.all("//*[local-name()='text'][.='100 million US dollars']").get(0).getAttribute("transform"));
        assertEquals("translate(26 155.0) rotate(-90)",
                svg.all("//*[local-name()='text'][.='(printed: million US dollars)']").get(0).getAttribute("transform"));
    }

    @Test
    void aLabelIsSplitAtItsParenthesisElseAtTheSpaceNearestItsMiddle() {
        assertEquals(List.of("tons", "(printed: t)"), LineChart.splitInTwo("tons (printed: t)"));
        assertEquals(List.of("one two", "three"), LineChart.splitInTwo("one two three"), "the nearer space after the middle");
        assertEquals(List.of("ab", "c de"), LineChart.splitInTwo("ab c de"), "a tie goes to the space before");
        assertEquals(List.of("abcdefg", "hi"), LineChart.splitInTwo("abcdefg hi"), "no space before the middle");
        assertEquals(List.of("hi", "abcdefg"), LineChart.splitInTwo("hi abcdefg"), "no space after the middle");
        assertEquals(List.of("abcdef"), LineChart.splitInTwo("abcdef"), "no space at all");
        assertEquals(List.of(" (x)"), LineChart.splitInTwo(" (x)"), "nothing before the parenthesis");
    }

    @Test
    void allNegativeValuesGetAnAxisUpToAboveZero() {
        SvgDocument svg = chart(List.of(new ChartLine("deficit", List.of(new ChartPoint(2008, -30), new ChartPoint(2009, -10)))));
        assertEquals(List.of("-30", "-20", "-10", "0", "10"), tickLabels(svg));
        List<Element> points = svg.all("//*[local-name()='circle']");
        assertEquals(BOTTOM, number(points.get(0), "cy"), 0.05);
        assertEquals(BOTTOM - 20.0 / 40 * (BOTTOM - TOP), number(points.get(1), "cy"), 0.05);
        long zero = svg.all("/*/*[local-name()='line'][@stroke='#4f5966']").size();
        assertEquals(1, zero);
    }

    @Test
    void aFourthLineRepeatsTheDashesAndASixthThePalette() {
        List<ChartLine> six = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new ChartLine("line " + i, List.of(new ChartPoint(2008, i), new ChartPoint(2009, i + 1))));
        }
        SvgDocument svg = chart(six);
        List<Element> paths = svg.all("//*[local-name()='path']");
        assertEquals(List.of("", "6 3", "2 3", "", "6 3", "2 3"), paths.stream().map(p -> p.getAttribute("stroke-dasharray")).toList());
        assertEquals(paths.get(0).getAttribute("stroke"), paths.get(5).getAttribute("stroke"));
        assertEquals(5, paths.stream().map(p -> p.getAttribute("stroke")).distinct().count());
        assertEquals("0 0 420 " + (340 + 5 * 20), svg.root().getAttribute("viewBox"));
    }
}
