package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FormatExtensionsTest {

    @Test
    void englishOrdinals() {
        assertEquals("1st", FormatExtensions.englishOrdinal(1));
        assertEquals("2nd", FormatExtensions.englishOrdinal(2));
        assertEquals("3rd", FormatExtensions.englishOrdinal(3));
        assertEquals("11th", FormatExtensions.englishOrdinal(11));
        assertEquals("12th", FormatExtensions.englishOrdinal(12));
        assertEquals("13th", FormatExtensions.englishOrdinal(13));
        assertEquals("19th", FormatExtensions.englishOrdinal(19));
        assertEquals("21st", FormatExtensions.englishOrdinal(21));
        assertEquals("111th", FormatExtensions.englishOrdinal(111));
    }

    @Test
    void romanNumeralsForRussianCenturies() {
        assertEquals("XIX", FormatExtensions.roman(19));
        assertEquals("XX", FormatExtensions.roman(20));
        assertEquals("XXI", FormatExtensions.roman(21));
        assertEquals("IV", FormatExtensions.roman(4));
        assertEquals("XIV", FormatExtensions.roman(14));
        assertEquals("MCMXC", FormatExtensions.roman(1990));
        assertThrows(IllegalArgumentException.class, () -> FormatExtensions.roman(0));
    }

    @Test
    void centuriesAndDecadesAsDatesCountThem() {
        assertEquals(19, FormatExtensions.century(1850));
        assertEquals(20, FormatExtensions.century(1960));
        assertEquals(21, FormatExtensions.century(2010));
        assertEquals("60", FormatExtensions.decadeInCentury(1960));
        assertEquals("00", FormatExtensions.decadeInCentury(2000));
        assertEquals(PluralCategory.FEW, FormatExtensions.plural(3, "ru"));
    }
}
