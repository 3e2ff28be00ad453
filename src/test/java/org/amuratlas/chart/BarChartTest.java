package org.amuratlas.chart;

import static org.amuratlas.chart.SvgDocument.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Labelled horizontal bars: lengths proportional to the values, labels as printed, one colour per bar. */
class BarChartTest {

    private static final double PLOT_WIDTH = 420 - 16 - 16;

    private static SvgDocument chart(List<Bar> bars) {
        return new SvgDocument(BarChart.svg("b1", "Cargo", "Two bridges", bars));
    }

    private static List<Element> bars(SvgDocument svg) {
        return svg.all("/*/*[local-name()='rect'][@height='18']");
    }

    @Test
    void barLengthsAreProportionalToTheValues() {
        SvgDocument svg = chart(List.of(new Bar("Tongjiang", 6000, "more than 6 million tons"),
                new Bar("Heihe", 370, "more than 370 thousand tons")));
        List<Element> bars = bars(svg);
        assertEquals(2, bars.size());
        assertEquals(PLOT_WIDTH, number(bars.get(0), "width"), 0.05);
        assertEquals(370.0 / 6000 * PLOT_WIDTH, number(bars.get(1), "width"), 0.05);
        assertTrue(number(bars.get(1), "y") > number(bars.get(0), "y"), "bars follow each other downwards");
        assertTrue(svg.texts("//*[local-name()='text']").containsAll(List.of("Cargo", "Tongjiang", "Heihe",
                "more than 6 million tons", "more than 370 thousand tons")));
        assertEquals("img", svg.root().getAttribute("role"));
        assertEquals("Two bridges", svg.texts("//*[local-name()='desc']").get(0));
    }

    @Test
    void aTinyValueStaysVisibleAndTheChartGrowsWithTheBars() {
        SvgDocument svg = chart(List.of(new Bar("big", 10000, "10,000"), new Bar("tiny", 1, "1"),
                new Bar("small", 100, "100")));
        assertEquals(2, number(bars(svg).get(1), "width"), 0.05);
        assertEquals("0 0 420 242", svg.root().getAttribute("viewBox"));
        assertEquals(3, bars(svg).stream().map(b -> b.getAttribute("fill")).distinct().count());
    }

    @Test
    void nothingToCompareDrawsEmptyBarsAndHostileLabelsAreEscaped() {
        SvgDocument svg = chart(List.of(new Bar("<b>zero</b>", 0, "0 & none")));
        assertEquals(0, number(bars(svg).get(0), "width"), 0.05);
        assertTrue(svg.texts("//*[local-name()='text']").containsAll(List.of("<b>zero</b>", "0 & none")));
    }

    @Test
    void aLabelWiderThanTheChartWrapsOntoMoreLinesAndTheRowGrows() {
        String longLabel = "Heihe-Blagoveshchensk highway bridge, cargo in one year (one year (not specified, reported mid-2024))";
        SvgDocument svg = chart(List.of(new Bar(longLabel, 370, "more than 370 thousand tons"),
                new Bar("Tongjiang", 6000, "more than 6 million tons")));
        List<String> texts = svg.texts("//*[local-name()='text']");
        List<String> labelLines = texts.subList(1, texts.indexOf("more than 370 thousand tons"));
        assertEquals(2, labelLines.size(), "two lines: " + labelLines);
        assertEquals(longLabel, String.join(" ", labelLines));
        for (String line : labelLines) {
            assertTrue(TextWidth.estimate(line, 12) <= PLOT_WIDTH * 0.9, line);
        }
        assertEquals("0 0 420 194", svg.root().getAttribute("viewBox"), "two rows of 64 and one extra line of 16");
        // the first bar moves down by the extra line, and the next row starts below it
        List<Element> bars = bars(svg);
        assertEquals(40 + 16 + 34, number(bars.get(0), "y"), 0.05);
        assertEquals(40 + 64 + 16 + 34, number(bars.get(1), "y"), 0.05);
        assertEquals(List.of("word"), BarChart.wrap("word", 1));
        assertEquals(List.of("a", "b"), BarChart.wrap("a b", 10));
    }
}
