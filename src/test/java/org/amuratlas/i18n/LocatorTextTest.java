package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.amuratlas.read.Reads;
import org.junit.jupiter.api.Test;

/** Citation locators in the reader's words, their numbers kept, the documents' own headings translated with the printed ones beside. */
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

    /** A heading the document prints comes in the atlas's translation, with the printed heading beside it. */
    @Test
    void aDocumentsHeadingsAreTranslatedWithThePrintedHeadingBeside() {
        assertEquals("«Восточный пояс Шёлкового пути» (“Eastern Silk Road Belt”), абз." + NBSP + "3",
                ru("Eastern Silk Road Belt, para. 3"));
        assertEquals("“东部陆海丝绸之路经济带”（Eastern Silk Road Belt），第3段", zh("Eastern Silk Road Belt, para. 3"));
        assertEquals("«Лунцзянский пояс Шёлкового пути» (“Longjiang Silk Road Belt”), абз." + NBSP + "5, со ссылкой на [17]",
                ru("Longjiang Silk Road Belt, para. 5, citing ref. [17]"));
        assertEquals("“龙江陆海丝绸之路经济带”（Longjiang Silk Road Belt），第1段", zh("Longjiang Silk Road Belt, para. 1"));
        assertEquals("«Сотрудничество России и провинции Хэйлунцзян: современное состояние» (“Cooperation between Russia"
                + " and Heilongjiang Province: current state”), абз." + NBSP + "2",
                ru("Cooperation between Russia and Heilongjiang Province: current state, para. 2"));
        assertEquals("“俄罗斯与黑龙江省的合作：现状”一节（Cooperation between Russia and Heilongjiang Province: current"
                + " state），第1—2段",
                zh("Section 'Cooperation between Russia and Heilongjiang Province: current state', paras. 1-2"));
        assertEquals("раздел «Сотрудничество России и провинции Хэйлунцзян: современное состояние» (“Cooperation between"
                + " Russia and Heilongjiang Province: current state”), абз." + NBSP + "1–2",
                ru("Section 'Cooperation between Russia and Heilongjiang Province: current state', paras. 1-2"));
        // the named rows of a table: Table 2's channels, Table 3's parts of the layout
        assertEquals("табл." + NBSP + "2, «Железнодорожный транспорт» (“Railway Transport”)", ru("Table 2, Railway Transport"));
        assertEquals("表2，“铁路运输”（Railway Transport）", zh("Table 2, Railway Transport"));
        assertEquals("табл." + NBSP + "2, «Сухопутный и морской транспорт» (“Land and Sea Transport”)",
                ru("Table 2, Land and Sea Transport"));
        assertEquals("表3，“一核”（One core）", zh("Table 3, One core"));
        // a heading's own "and" is not the locator's "and para."
        assertEquals("табл." + NBSP + "3, «Внутреннее и трансграничное сотрудничество» (“Domestic and cross-border cooperation”)",
                ru("Table 3, Domestic and cross-border cooperation"));
    }

    /** Every heading the atlas translates, in both languages, comes out with its printed wording beside it. */
    @Test
    void everyTranslatedHeadingKeepsItsPrintedWordingBeside() {
        for (String printed : DocumentHeadings.printed()) {
            String russian = DocumentHeadings.translation(printed, Language.RU).orElseThrow();
            String chinese = DocumentHeadings.translation(printed, Language.ZH).orElseThrow();
            assertEquals("«" + russian + "» (“" + printed + "”), абз." + NBSP + "1", ru(printed + ", para. 1"), printed);
            assertEquals("表2，“" + chinese + "”（" + printed + "）", zh("Table 2, " + printed), printed);
        }
    }

    /** A page marks the printed heading, and only it, as English: the runs say which text it is. */
    @Test
    void theRunsMarkThePrintedHeadingAlone() {
        LocatorText russian = formats.of(Language.RU).locators();
        assertEquals(List.of(new LocatorText.Run("«Восточный пояс Шёлкового пути» (“", false),
                new LocatorText.Run("Eastern Silk Road Belt", true), new LocatorText.Run("”), абз." + NBSP + "3", false)),
                russian.runs("Eastern Silk Road Belt, para. 3"));
        assertEquals(List.of(new LocatorText.Run("“一核”一节（", false), new LocatorText.Run("One core", true),
                new LocatorText.Run("）", false)), formats.of(Language.ZH).locators().runs("Section 'One core'"));
        assertEquals(List.of(new LocatorText.Run("Timetable 1, абз." + NBSP + "2", false)), russian.runs("Timetable 1, para. 2"));
        assertEquals(List.of(new LocatorText.Run("Eastern Silk Road Belt, para. 3", false)),
                formats.of(Language.EN).locators().runs("Eastern Silk Road Belt, para. 3"));
        for (String locator : datasetLocators()) {
            assertEquals(ru(locator), String.join("", russian.runs(locator).stream().map(LocatorText.Run::text).toList()));
        }
    }

    /** A heading the atlas has no translation of is shown as printed: never dropped, never partly translated. */
    @Test
    void anUnlistedHeadingKeepsItsPrintedWording() {
        // a word only where it stands alone: "Timetable 1" is a heading, not a table
        assertEquals("Timetable 1", ru("Timetable 1"));
        assertEquals("Conclusion and Outlook, абз." + NBSP + "2", ru("Conclusion and Outlook, para. 2"));
        assertEquals("Introduction to Rail Transport，第1段", zh("Introduction to Rail Transport, para. 1"));
        assertEquals("Trade before 2014, абз." + NBSP + "1", ru("Trade before 2014, para. 1"));
        assertEquals("раздел «Current state», абз." + NBSP + "1–2", ru("Section 'Current state', paras. 1-2"));
        assertEquals("“Current state”一节，第1—2段", zh("Section 'Current state', paras. 1-2"));
        assertEquals("табл." + NBSP + "2, Sea Transport", ru("Table 2, Sea Transport"));
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
        assertEquals("табл." + NBSP + "2, «Трубопроводный транспорт» (“Pipeline Transport”) (пп." + NBSP + "2 и 5)",
                ru("Table 2, Pipeline Transport (items 2 and 5)"));
        assertEquals("表2，“管道运输”（Pipeline Transport）（第1项）", zh("Table 2, Pipeline Transport (item 1)"));
        assertEquals("табл." + NBSP + "2, «Железнодорожный транспорт» (“Railway Transport”) (строка" + NBSP + "3)",
                ru("Table 2, Railway Transport (line 3)"));
        assertEquals("абз." + NBSP + "20 и 22", ru("para. 20 and para. 22"));
        assertEquals("第20段和第22段", zh("para. 20 and para. 22"));
        assertEquals("строка с именем автора", ru("byline"));
        assertEquals("引用信息", zh("reference line"));
        assertEquals("сведения об авторе", ru("Author information"));
        assertEquals("表1，全部行和列", zh("Table 1, all rows and columns"));
    }

    @Inject
    Reads reads;

    /**
     * Latin script a Russian or Chinese locator may show: the printed heading beside its translation (“…” after a
     * Russian one, （…） after a Chinese one), a quotation, a section's Roman number (§I), and the name or date of a
     * work the document cites, in brackets after its reference number ("[10] (National Energy Administration of
     * China)").
     */
    private static final Pattern PRINTED = Pattern.compile(
            "“[^”]*”(?:一节)?（[^）]*）|“[^”]*”|\"[^\"]*\"|§[IVX]+|\\] ?[(（][^)）]*[)）]");

    private Set<String> datasetLocators() {
        Set<String> locators = new TreeSet<>();
        reads.in(org.amuratlas.read.Language.EN).sources()
                .forEach(source -> source.citedBy().forEach(cited -> locators.add(cited.locator().text())));
        assertTrue(locators.size() > 100, locators.size() + " locators");
        return locators;
    }

    /**
     * No locator of the dataset leaves English words on a Russian or Chinese page: neither the atlas's own nor a
     * document's heading without its translation. Latin script stays only where {@link #PRINTED} allows it.
     */
    @Test
    void everyLocatorOfTheDatasetIsWrittenInTheReadersWords() {
        List<String> english = new ArrayList<>();
        for (String locator : datasetLocators()) {
            for (String written : List.of(ru(locator), zh(locator))) {
                String left = PRINTED.matcher(written).replaceAll("");
                if (left.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                    english.add(written + "  (from: " + locator + ")");
                }
            }
        }
        assertEquals(List.of(), english, "English words left in locators (a heading without a translation?)");
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Every number of every locator of the dataset comes out in Russian and Chinese, in its order. */
    @Test
    void numbersNeverChange() {
        for (String locator : datasetLocators()) {
            assertEquals(numbers(locator), numbers(ru(locator)), locator);
            assertEquals(numbers(locator), numbers(zh(locator)), locator);
        }
    }

    private static List<String> numbers(String text) {
        return NUMBER.matcher(text).results().map(MatchResult::group).toList();
    }
}
