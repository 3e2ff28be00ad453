package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.DatePrecision;
import org.amuratlas.read.Event;
import org.amuratlas.read.Reads;
import org.junit.jupiter.api.Test;

/** Dates at every precision, per language, and over every event of the dataset. */
@QuarkusTest
class DateTextTest {

    private static final String NBSP = "\u00a0";

    @Inject
    Formats formats;

    private String label(Language language, DatePrecision precision, int year, Integer month, Integer day) {
        return formats.of(language).dates().label(precision, year, month, day);
    }

    @Test
    void english() {
        assertEquals("1 December 2024", label(Language.EN, DatePrecision.DAY, 2024, 12, 1));
        assertEquals("December 2024", label(Language.EN, DatePrecision.MONTH, 2024, 12, null));
        assertEquals("2024", label(Language.EN, DatePrecision.YEAR, 2024, null, null));
        assertEquals("the 1960s", label(Language.EN, DatePrecision.DECADE, 1960, null, null));
        assertEquals("mid-19th century", label(Language.EN, DatePrecision.CENTURY, 1850, null, null));
        assertEquals("19th century", label(Language.EN, DatePrecision.CENTURY, 1800, null, null));
        assertEquals("21st century", label(Language.EN, DatePrecision.CENTURY, 2000, null, null));
        assertEquals("antiquity", label(Language.EN, DatePrecision.UNDATED, -1000, null, null));
        assertEquals("221 BC", label(Language.EN, DatePrecision.YEAR, -221, null, null));
    }

    @Test
    void russian() {
        assertEquals("1 декабря 2024" + NBSP + "г.", label(Language.RU, DatePrecision.DAY, 2024, 12, 1));
        assertEquals("18 марта 2022" + NBSP + "г.", label(Language.RU, DatePrecision.DAY, 2022, 3, 18));
        assertEquals("декабрь 2024" + NBSP + "г.", label(Language.RU, DatePrecision.MONTH, 2024, 12, null));
        assertEquals("2024" + NBSP + "г.", label(Language.RU, DatePrecision.YEAR, 2024, null, null));
        assertEquals("1960-е" + NBSP + "годы", label(Language.RU, DatePrecision.DECADE, 1960, null, null));
        assertEquals("середина XIX века", label(Language.RU, DatePrecision.CENTURY, 1850, null, null));
        assertEquals("XIX век", label(Language.RU, DatePrecision.CENTURY, 1800, null, null));
        assertEquals("древность", label(Language.RU, DatePrecision.UNDATED, -1000, null, null));
        assertEquals("221" + NBSP + "г. до" + NBSP + "н." + NBSP + "э.", label(Language.RU, DatePrecision.YEAR, -221, null, null));
    }

    @Test
    void chinese() {
        assertEquals("2024年12月1日", label(Language.ZH, DatePrecision.DAY, 2024, 12, 1));
        assertEquals("2024年12月", label(Language.ZH, DatePrecision.MONTH, 2024, 12, null));
        assertEquals("2024年", label(Language.ZH, DatePrecision.YEAR, 2024, null, null));
        assertEquals("20世纪60年代", label(Language.ZH, DatePrecision.DECADE, 1960, null, null));
        assertEquals("20世纪80年代", label(Language.ZH, DatePrecision.DECADE, 1980, null, null));
        assertEquals("19世纪中叶", label(Language.ZH, DatePrecision.CENTURY, 1850, null, null));
        assertEquals("19世纪", label(Language.ZH, DatePrecision.CENTURY, 1800, null, null));
        assertEquals("古代", label(Language.ZH, DatePrecision.UNDATED, -1000, null, null));
        assertEquals("公元前221年", label(Language.ZH, DatePrecision.YEAR, -221, null, null));
    }

    @Test
    void aDateMissingWhatItsPrecisionNeedsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> label(Language.EN, DatePrecision.DAY, 2024, 12, null));
        assertThrows(IllegalArgumentException.class, () -> label(Language.EN, DatePrecision.DECADE, -50, null, null));
    }

    @Inject
    Reads reads;

    @Test
    void everyEventOfTheDatasetHasItsDateInEveryLanguage() {
        List<Event> events = reads.in(org.amuratlas.read.Language.EN).events();
        assertFalse(events.isEmpty());
        for (Event e : events) {
            assertFalse(label(Language.EN, e.precision(), e.sortYear(), e.month(), e.day()).isBlank(), e.slug());
            for (Language language : List.of(Language.RU, Language.ZH)) {
                String text = label(language, e.precision(), e.sortYear(), e.month(), e.day());
                // Roman numerals are the only Latin letters a Russian date has (XIX век)
                assertFalse(text.codePoints().anyMatch(c -> c < 0x80 && Character.isLetter(c) && "IVXLCDM".indexOf(c) < 0),
                        e.slug() + " in " + language + " has Latin letters: " + text);
            }
        }
    }
}
