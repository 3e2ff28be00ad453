package org.amuratlas.chart;

import static org.amuratlas.chart.SvgDocument.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The travelling chart: a series' charts stacked under its title with the source and licence lines below, each part
 * placed by the heights of those above it, and text wrapped to the 640-unit sheet.
 */
class ChartSheetTest {

    private static final String BARS = BarChart.svg("b", "Cargo", "Two bridges",
            List.of(new Bar("Tongjiang", 6000, "6 million tons"), new Bar("Heihe", 370, "370 thousand tons")));
    private static final String LINES = LineChart.svg("l", "Trade", "Exports", "Year", "units",
            List.of(new ChartLine("Exports", List.of(new ChartPoint(2008, 79.7), new ChartPoint(2009, 32.7)))),
            new ChartText() {
                @Override
                public String number(double value) {
                    return Double.toString(value);
                }

                @Override
                public String point(String line, int year, String value, String unit) {
                    return line + " " + year + " " + value + " " + unit;
                }
            });

    /** The chart's own viewBox height. */
    private static int height(String chart) {
        return Integer.parseInt(new SvgDocument(chart).root().getAttribute("viewBox").split(" ")[3]);
    }

    @Test
    void chartsAreStackedUnderTheTitleWithTheFooterBelowAndTheSheetIsAsHighAsItsParts() {
        String sheet = ChartSheet.svg("Heilongjiang–Russia trade <2008>", List.of(LINES, BARS),
                List.of("Source: Song 2019, Table 1", "Licence: CC BY 4.0"));
        SvgDocument svg = new SvgDocument(sheet);
        Element root = svg.root();
        // title: one line of 17-unit type, 16 + 22 from the top
        List<Element> texts = svg.all("/*/*[local-name()='text']");
        assertEquals("Heilongjiang–Russia trade <2008>", texts.get(0).getTextContent());
        assertEquals(16 + 17 + 5, number(texts.get(0), "y"));
        assertEquals("17", texts.get(0).getAttribute("font-size"));
        assertEquals("Heilongjiang–Russia trade <2008>", svg.texts("/*/*[local-name()='title']").get(0));
        // the charts as nested viewports, each 8 below what is above it, keeping its own size
        List<Element> charts = svg.all("/*/*[local-name()='svg']");
        assertEquals(2, charts.size());
        int first = 16 + 22 + 8;
        assertEquals(first, number(charts.get(0), "y"));
        assertEquals(0, number(charts.get(0), "x"));
        assertEquals(420, number(charts.get(0), "width"));
        assertEquals(height(LINES), number(charts.get(0), "height"));
        int second = first + height(LINES) + 8;
        assertEquals(second, number(charts.get(1), "y"));
        assertEquals(height(BARS), number(charts.get(1), "height"));
        assertEquals("Cargo", ((Element) charts.get(1).getElementsByTagName("title").item(0)).getTextContent());
        // the footer: a line every 16 units, then the margin
        int foot = second + height(BARS) + 8;
        assertEquals("Source: Song 2019, Table 1", texts.get(1).getTextContent());
        assertEquals(foot + 16, number(texts.get(1), "y"));
        assertEquals(foot + 32, number(texts.get(2), "y"));
        assertEquals("12", texts.get(2).getAttribute("font-size"));
        int total = foot + 32 + 16;
        assertEquals("0 0 640 " + total, root.getAttribute("viewBox"));
        assertEquals("640", root.getAttribute("width"));
        assertEquals(Integer.toString(total), root.getAttribute("height"));
        assertEquals("img", root.getAttribute("role"));
        assertTrue(sheet.endsWith("</svg>\n"));
    }

    @Test
    void aLongTitleAndFooterWrapBetweenWordsToTheSheetsWidth() {
        String title = "Heilongjiang Province trade with Russia: exports, imports and the total, in hundreds of millions of US dollars";
        String footer = "Source: Song, Y. (2019). Development of Heilongjiang's economic and trade cooperation with Russia. "
                + "Table 1 (the printed unit is million US dollars; the values match hundreds of millions).";
        SvgDocument svg = new SvgDocument(ChartSheet.svg(title, List.of(BARS), List.of(footer)));
        List<Element> texts = svg.all("/*/*[local-name()='text']");
        List<String> titleLines = texts.stream().filter(t -> t.getAttribute("font-size").equals("17")).map(Element::getTextContent).toList();
        List<String> footLines = texts.stream().filter(t -> t.getAttribute("font-size").equals("12")).map(Element::getTextContent).toList();
        assertEquals(2, titleLines.size(), titleLines.toString());
        assertEquals(title, String.join(" ", titleLines));
        assertEquals(footer, String.join(" ", footLines));
        assertTrue(footLines.size() >= 2);
        for (String line : titleLines) {
            assertTrue(TextWidth.estimate(line, 17) <= 640 - 32, line);
        }
        for (String line : footLines) {
            assertTrue(TextWidth.estimate(line, 12) <= 640 - 32, line);
        }
        // the second title line is 22 below the first, and the chart 8 below that
        assertEquals(16 + 22 + 22, number(texts.get(1), "y"));
        assertEquals(16 + 44 + 8, number(svg.all("/*/*[local-name()='svg']").get(0), "y"));
    }

    @Test
    void textWithoutSpacesWrapsInsideTheWordAndNoLineIsLeftEmpty() {
        String chinese = "黑龙江省对俄罗斯贸易".repeat(6); // 60 characters of 12 units: 720 > 608
        List<String> lines = ChartSheet.wrap(chinese, 608, 12);
        assertEquals(List.of(chinese.substring(0, 50), chinese.substring(50)), lines, "50 characters fill 600 units");
        assertEquals(List.of("ab", "cd"), ChartSheet.wrap("ab cd", TextWidth.estimate("ab", 10), 10));
        assertEquals(List.of("ab c"), ChartSheet.wrap("ab c", TextWidth.estimate("ab c", 10), 10), "exactly the width fits");
        assertEquals(List.of("a", "b", "c"), ChartSheet.wrap("abc", 6, 10), "a letter a line when nothing more fits");
        assertEquals(List.of(), ChartSheet.wrap("", 100, 10));
        // a character outside the basic plane is one piece, never split in halves
        assertEquals(List.of("𠀀", "𠀀"), ChartSheet.wrap("𠀀𠀀", 10, 10));
    }

    @Test
    void onlyTheChartWritersChartsAreAccepted() {
        assertThrows(IllegalArgumentException.class,
                () -> ChartSheet.svg("t", List.of("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>"), List.of()));
        SvgDocument empty = new SvgDocument(ChartSheet.svg("Nothing yet", List.of(), List.of()));
        assertEquals("0 0 640 " + (16 + 22 + 8 + 16), empty.root().getAttribute("viewBox"));
    }

    @Test
    void textWidthIsEstimatedByKindOfCharacter() {
        assertEquals(10, TextWidth.estimate("黑", 10), 1e-9, "Han: one em");
        assertEquals(10, TextWidth.estimate("𠀀", 10), 1e-9, "one em for a character outside the basic plane too");
        assertEquals(3.2, TextWidth.estimate("i", 10), 1e-9, "narrow");
        assertEquals(3.2, TextWidth.estimate(" ", 10), 1e-9, "space");
        assertEquals(7, TextWidth.estimate("W", 10), 1e-9, "capitals wide");
        assertEquals(7, TextWidth.estimate("m", 10), 1e-9);
        assertEquals(5.6, TextWidth.estimate("a", 10), 1e-9);
        assertEquals(5.6, TextWidth.estimate("б", 10), 1e-9, "Cyrillic lower case");
        assertEquals(7, TextWidth.estimate("Б", 10), 1e-9, "Cyrillic capital");
        assertEquals(5.6, TextWidth.estimate("\u2E7F", 10), 1e-9, "just below the wide scripts");
        assertEquals(10, TextWidth.estimate("\u2E80", 10), 1e-9, "where they start");
        assertEquals((3.2 + 5.6 + 3.2 + 7 + 10) * 1.2, TextWidth.estimate("la M黑", 12), 1e-9);
        assertEquals(0, TextWidth.estimate("", 12));
    }
}
