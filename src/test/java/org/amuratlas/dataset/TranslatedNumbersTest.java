package org.amuratlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A translation keeps the figures of its English text, written as its language writes them. */
class TranslatedNumbersTest {

    private static List<String> missing(String english, String translation, String language) {
        return TranslatedNumbers.missing(english, translation, language);
    }

    @Test
    void customaryRussianFormsKeepTheFigures() {
        assertEquals(List.of(), missing("2,981 km of border, 6.21 million km², 38 billion cubic metres, 17.3%",
                "2 981 км границы, 6,21 млн км², 38 млрд кубометров, 17,3 %", "ru"));
        assertEquals(List.of(), missing("1,050 units", "1\u00A0050 единиц", "ru"));
        assertEquals(List.of(), missing("the mid-19th century, §2.2", "середина XIX века, §2.2", "ru"));
        assertEquals(List.of(), missing("370 thousand tonnes", "370 тыс. тонн", "ru"));
    }

    @Test
    void customaryChineseFormsKeepTheFigures() {
        assertEquals(List.of(), missing("38 billion cubic metres from 1 December 2024", "自2024年12月1日起380亿立方米", "zh"));
        assertEquals(List.of(), missing("more than 6 million tonnes, 370 thousand tonnes", "超过600万吨，37万吨", "zh"));
        assertEquals(List.of(), missing("2,981 km and 18.2 billion US dollars", "2981公里和182亿美元", "zh"));
        assertEquals(List.of(), missing("100 billion", "1000亿", "zh"));
    }

    @Test
    void aChangedDroppedOrRescaledFigureIsMissing() {
        assertEquals(List.of("2019"), missing("commissioned in 2019", "введён в 2018 году", "ru"));
        assertEquals(List.of("17.3"), missing("17.3% of China's trade", "17,8 % торговли Китая", "ru"));
        assertEquals(List.of("38 billion"), missing("38 billion cubic metres", "38亿立方米", "zh"));
        assertEquals(List.of("2,981"), missing("2,981 km", "2,98 км", "ru"));
        assertEquals(List.of("80 billion", "2019"), missing("more than 80 billion since 2019", "более млрд", "ru"));
    }

    @Test
    void theWorkingLabelOfASeedIsNotAFigure() {
        assertEquals(List.of(), missing("seed 001 reports a grain corridor", "по данным издания — зерновой коридор", "ru"));
        assertEquals(List.of(), missing("(Seeds 002 and 004)", "（两份资料）", "zh"));
    }

    @Test
    void romanNumeralsAreReadOnlyWhenWellFormed() {
        assertEquals(19, TranslatedNumbers.romanValue("XIX"));
        assertEquals(14, TranslatedNumbers.romanValue("XIV"));
        assertEquals(40, TranslatedNumbers.romanValue("XL"));
        assertEquals(0, TranslatedNumbers.romanValue("IIII"));
        assertEquals(0, TranslatedNumbers.romanValue("VX"));
    }
}
