package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers per language, with the dataset's own values. */
class NumberTextTest {

    private static final String NBSP = "\u00a0";

    private static String format(Language language, String value) {
        return NumberText.of(language).format(new BigDecimal(value));
    }

    @Test
    void englishGroupsWithCommasAndKeepsThePrintedDecimals() {
        assertEquals("2,981", format(Language.EN, "2981"));
        assertEquals("110.6", format(Language.EN, "110.6000"), "as stored with scale 4, written as printed");
        assertEquals("-2.5", format(Language.EN, "-2.5"));
        assertEquals("6.21", format(Language.EN, "6.21"));
        assertEquals("34", format(Language.EN, "34.0"), "trailing zeros are not printed digits");
        assertEquals("1,050", NumberText.of(Language.EN).format(1050L));
        assertEquals("0.0001", format(Language.EN, "0.0001"), "never rounded away");
    }

    @Test
    void russianGroupsWithANoBreakSpaceAndUsesTheDecimalCommaAndTheTrueMinus() {
        assertEquals("2" + NBSP + "981", format(Language.RU, "2981"));
        assertEquals("110,6", format(Language.RU, "110.6"));
        assertEquals("\u22122,5", format(Language.RU, "-2.5"));
        assertEquals("\u221249,6", format(Language.RU, "-49.6"));
        assertEquals("0", NumberText.of(Language.RU).format(-0.001, 2), "no negative zero on an axis");
    }

    @Test
    void chineseWritesDigitsAsEnglishDoes() {
        assertEquals("2,981", format(Language.ZH, "2981"));
        assertEquals("110.6", format(Language.ZH, "110.6"));
        assertEquals("-2.5", format(Language.ZH, "-2.5"));
    }

    @Test
    void axisTicksAreRounded() {
        assertEquals("1,234.57", NumberText.of(Language.EN).format(1234.5678, 2));
        assertEquals("1" + NBSP + "234,57", NumberText.of(Language.RU).format(1234.5678, 2));
        assertEquals("50", NumberText.of(Language.ZH).format(50.0, 2));
    }

    @Test
    void scaledValuesStayExactInTheLanguagesOwnSteps() {
        NumberText zh = NumberText.of(Language.ZH);
        assertEquals("800亿", zh.scaled(new BigDecimal("80"), 9), "80 billion");
        assertEquals("380亿", zh.scaled(new BigDecimal("38"), 9));
        assertEquals("31.5亿", zh.scaled(new BigDecimal("3.15"), 9));
        assertEquals("683亿", zh.scaled(new BigDecimal("68.3"), 9));
        assertEquals("1000亿", zh.scaled(new BigDecimal("100"), 9), "100 billion, digits before a scale word not grouped");
        assertEquals("1亿", zh.scaled(new BigDecimal("100"), 6), "100 million");
        assertEquals("600万", zh.scaled(new BigDecimal("6"), 6));
        assertEquals("621万", zh.scaled(new BigDecimal("6.21"), 6));
        assertEquals("37万", zh.scaled(new BigDecimal("370"), 3), "370 thousand");
        assertEquals("1,000", zh.scaled(new BigDecimal("1"), 3), "below 万 the number is written out");
        assertEquals("2万亿", zh.scaled(new BigDecimal("2"), 12));

        NumberText ru = NumberText.of(Language.RU);
        assertEquals("80" + NBSP + "млрд", ru.scaled(new BigDecimal("80"), 9));
        assertEquals("6,21" + NBSP + "млн", ru.scaled(new BigDecimal("6.21"), 6));
        assertEquals("370" + NBSP + "тыс.", ru.scaled(new BigDecimal("370"), 3));
        assertEquals("3,15" + NBSP + "млрд", ru.scaled(new BigDecimal("3.15"), 9));
        assertEquals("2,981" + NBSP + "тыс.", ru.scaled(new BigDecimal("2.981"), 3), "2981: below a million");
        assertEquals("\u22122,5" + NBSP + "млн", ru.scaled(new BigDecimal("-2.5"), 6));

        assertEquals("2,981", NumberText.of(Language.EN).scaled(new BigDecimal("2981"), 0), "no scale: written out");
        assertEquals("2,981", zh.scaled(new BigDecimal("2981"), 0), "no scale word in the unit, none added");
        assertEquals("12" + NBSP + "000", ru.scaled(new BigDecimal("12000"), 0));
    }
}
