package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Citation locators in the reader's words, their numbers and the documents' own headings kept. */
@QuarkusTest
class LocatorTextTest {

    private static final String NBSP = "\u00a0";

    @Inject
    Formats formats;

    private String ru(String locator) {
        return formats.of(Language.RU).locators().write(locator);
    }

    private String zh(String locator) {
        return formats.of(Language.ZH).locators().write(locator);
    }

    @Test
    void englishIsLeftAsPrinted() {
        assertEquals("§1.2, citing ref. [3, pp. 74-76]",
                formats.of(Language.EN).locators().write("§1.2, citing ref. [3, pp. 74-76]"));
    }

    @Test
    void paragraphsTablesPagesAndReferences() {
        assertEquals("введение, абз." + NBSP + "2", ru("Introduction, para. 2"));
        assertEquals("引言，第2段", zh("Introduction, para. 2"));
        assertEquals("§2.2, со ссылкой на [10, с." + NBSP + "3–5]", ru("§2.2, citing ref. [10, pp. 3-5]"));
        assertEquals("§2.2，援引文献 [10，第3页]", zh("§2.2, citing ref. [10, p. 3]"));
        assertEquals("абз." + NBSP + "3–4", ru("paras. 3-4"));
        assertEquals("вводный абзац (перед абз." + NBSP + "5)", ru("lead paragraph (before para. 5)"));
        assertEquals("сноска" + NBSP + "2", ru("footnote 2"));
        assertEquals("аннотация", ru("Abstract"));
        assertEquals("结论，第3段", zh("Conclusion, para. 3"));
    }

    @Test
    void aDocumentsOwnHeadingsKeepTheirWording() {
        assertEquals("табл." + NBSP + "2, Railway Transport", ru("Table 2, Railway Transport"));
        assertEquals("表2，Railway Transport", zh("Table 2, Railway Transport"));
        assertEquals("Longjiang Silk Road Belt, абз." + NBSP + "1", ru("Longjiang Silk Road Belt, para. 1"));
        // a word only where it stands alone: "Timetable 1" is a heading, not a table
        assertEquals("Timetable 1", ru("Timetable 1"));
    }
}
