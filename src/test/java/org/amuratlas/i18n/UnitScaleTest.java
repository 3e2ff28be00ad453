package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitScaleTest {

    @Test
    void englishScaleWordsAreReadFromTheUnit() {
        assertEquals(new UnitScale(9, "cubic metres"), UnitScale.ofEnglish("billion cubic metres"));
        assertEquals(new UnitScale(6, "tonnes"), UnitScale.ofEnglish("million tonnes"));
        assertEquals(new UnitScale(3, "tonnes"), UnitScale.ofEnglish("thousand tonnes"));
        assertEquals(new UnitScale(6, "US dollars (as printed)"), UnitScale.ofEnglish("million US dollars (as printed)"));
        assertEquals(new UnitScale(0, "km"), UnitScale.ofEnglish("km"));
        assertEquals(new UnitScale(0, "% of the port of Qingdao"), UnitScale.ofEnglish("% of the port of Qingdao"));
        assertEquals(new UnitScale(0, "million"), UnitScale.ofEnglish("million"), "a scale word alone is the unit");
    }

    @Test
    void aTranslatorsScaleWordIsTakenOffOnlyWhereTheEnglishUnitHasOne() {
        UnitScale billion = UnitScale.ofEnglish("billion cubic metres");
        assertEquals("куб. м", billion.baseOf("млрд куб. м"));
        assertEquals("куб. м", billion.baseOf("миллиардов куб. м"));
        assertEquals("куб. м", billion.baseOf("куб. м"));
        assertEquals("立方米", billion.baseOf("亿立方米"));
        assertEquals("立方米", billion.baseOf("十亿立方米"));
        assertEquals("立方米", billion.baseOf("立方米"));
        assertEquals("吨", UnitScale.ofEnglish("thousand tonnes").baseOf("千吨"));
        assertEquals("т", UnitScale.ofEnglish("thousand tonnes").baseOf("тыс. т"));
        UnitScale none = UnitScale.ofEnglish("km");
        assertEquals("千米", none.baseOf("千米"), "km is not 'thousand metres' to be rescaled");
        assertEquals("тыс. км", none.baseOf("тыс. км"));
    }
}
