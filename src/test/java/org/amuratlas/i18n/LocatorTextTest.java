package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.amuratlas.read.Reads;
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

    /** The curator's own words in a locator (rows, items, lines, named parts) are locator words too. */
    @Test
    void rowsItemsLinesAndNamedParts() {
        assertEquals("табл." + NBSP + "1 (строка за 2009" + NBSP + "г.)", ru("Table 1 (2009 row)"));
        assertEquals("表1（2009年所在行）", zh("Table 1 (2009 row)"));
        assertEquals("табл." + NBSP + "1 (строки за 2009, 2010, 2015 и 2016" + NBSP + "гг.)",
                ru("Table 1 (2009, 2010, 2015 and 2016 rows)"));
        assertEquals("表1（2009、2010、2015和2016年所在行）", zh("Table 1 (2009, 2010, 2015 and 2016 rows)"));
        assertEquals("表1（2008和2018年所在行）", zh("Table 1 (2008 and 2018 rows)"));
        assertEquals("табл." + NBSP + "2, Pipeline Transport (пп." + NBSP + "2 и 5)",
                ru("Table 2, Pipeline Transport (items 2 and 5)"));
        assertEquals("表2，Pipeline Transport（第1项）", zh("Table 2, Pipeline Transport (item 1)"));
        assertEquals("табл." + NBSP + "2, Railway Transport (строка" + NBSP + "3)", ru("Table 2, Railway Transport (line 3)"));
        assertEquals("абз." + NBSP + "20 и 22", ru("para. 20 and para. 22"));
        assertEquals("第20段和第22段", zh("para. 20 and para. 22"));
        assertEquals("строка с именем автора", ru("byline"));
        assertEquals("引用信息", zh("reference line"));
        assertEquals("сведения об авторе", ru("Author information"));
        assertEquals("раздел «Current state», абз." + NBSP + "1–2", ru("Section 'Current state', paras. 1-2"));
        assertEquals("“Current state”一节，第1—2段", zh("Section 'Current state', paras. 1-2"));
        assertEquals("表1，全部行和列", zh("Table 1, all rows and columns"));
        // a heading's own "and" stays: only "and para." is a locator word
        assertEquals("табл." + NBSP + "2, Land and Sea Transport", ru("Table 2, Land and Sea Transport"));
    }

    @Inject
    Reads reads;

    /** A quotation, or a heading: a run of Latin words that starts with a capital ("Land and Sea Transport"). */
    private static final Pattern PRINTED = Pattern.compile("\"[^\"]*\"|«[^»]*»|“[^”]*”|\\p{Lu}[\\p{IsLatin}-]*(?:\\s+[\\p{IsLatin}-]+)*");

    /**
     * No locator of the dataset leaves an English word of the atlas's own on a Russian or Chinese page: what stays in
     * Latin script is a document's own heading or a quotation from it.
     */
    @Test
    void everyLocatorOfTheDatasetIsWrittenInTheReadersWords() {
        Set<String> locators = new TreeSet<>();
        reads.in(org.amuratlas.read.Language.EN).sources()
                .forEach(source -> source.citedBy().forEach(cited -> locators.add(cited.locator().text())));
        assertTrue(locators.size() > 100, locators.size() + " locators");
        List<String> english = new ArrayList<>();
        for (String locator : locators) {
            for (String written : List.of(ru(locator), zh(locator))) {
                String left = PRINTED.matcher(written).replaceAll("");
                if (left.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                    english.add(written + "  (from: " + locator + ")");
                }
            }
        }
        assertEquals(List.of(), english, "English words of the atlas left in locators");
    }
}
