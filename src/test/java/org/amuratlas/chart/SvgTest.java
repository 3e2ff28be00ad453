package org.amuratlas.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.NumberText;
import org.junit.jupiter.api.Test;

class SvgTest {

    /** Charts write numbers through ChartText now; the pages pass the reader's NumberText at two decimals. */
    @Test
    void numbersAreGroupedWithAtMostTwoDecimals() {
        NumberText english = NumberText.of(Language.EN);
        assertEquals("1,234.5", english.format(1234.5, 2));
        assertEquals("-49.6", english.format(-49.6, 2));
        assertEquals("0", english.format(0, 2));
        assertEquals("2,981", english.format(2981, 2));
        assertEquals("6.21", english.format(6.2149, 2));
        assertEquals("100", english.format(99.999, 2));
    }

    @Test
    void coordinatesHaveOneDecimalAndAPointWhateverTheLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("12.3", Svg.coordinate(12.34));
            assertEquals("-0.5", Svg.coordinate(-0.46));
            assertEquals("640.0", Svg.coordinate(640));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void tickStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, Svg.niceStep(0, 5));
        assertEquals(1, Svg.niceStep(-3, 5));
        assertEquals(1, Svg.niceStep(5, 5)); // rough step exactly 1
        assertEquals(2, Svg.niceStep(6, 5)); // 1.2 → 2
        assertEquals(2, Svg.niceStep(10, 5)); // exactly 2
        assertEquals(5, Svg.niceStep(10.5, 5)); // 2.1 → 5
        assertEquals(5, Svg.niceStep(25, 5)); // exactly 5
        assertEquals(10, Svg.niceStep(26, 5)); // 5.2 → 10
        assertEquals(50, Svg.niceStep(232.6, 5)); // the trade table's totals
        assertEquals(100, Svg.niceStep(409.6, 5)); // growth from -49.6 to 360
        assertEquals(0.2, Svg.niceStep(1, 5), 1e-12);
        assertEquals(20, Svg.niceStep(181.9, 10));
    }

    @Test
    void thePaletteHasFiveDistinctColours() {
        assertEquals(5, java.util.Set.of(Svg.PALETTE).size());
    }
}
