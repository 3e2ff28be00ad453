package org.amuratlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Do the dataset checks catch what they claim to? Each case makes one mistake a curator could make in import.sql
 * (a figure mistyped in every column of every series, a noted cell changed tenfold, a citation lost, a locator
 * emptied, a date made more precise than it is, a place moved abroad, …), loads the edited script into a scratch
 * database and expects {@link DatasetChecks} to report it, by the right check and for the right record. The
 * unedited script must pass. A plain unit test (no Quarkus), so that mutation testing (PIT) can run it too.
 */
class DatasetMutationTest {

    private static final String TRADE = "('heilongjiang-russia-trade', ";

    /** One deliberate mistake: how it edits import.sql, and which check must report which record. */
    record Mutation(String name, UnaryOperator<String> edit, Check expected, String record) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Replaces text that occurs exactly once in import.sql (so that a mutation cannot silently stop applying). */
    private static UnaryOperator<String> replace(String find, String replacement) {
        return dataset -> {
            int at = dataset.indexOf(find);
            assertTrue(at >= 0 && dataset.indexOf(find, at + 1) < 0, "must occur exactly once in import.sql: " + find);
            return dataset.substring(0, at) + replacement + dataset.substring(at + find.length());
        };
    }

    private static Mutation mutation(String name, String find, String replacement, Check expected, String record) {
        return new Mutation(name, replace(find, replacement), expected, record);
    }

    private static Mutation trade(String what, String cell, String printed, String mistyped, Check expected,
            String record) {
        return mutation(what, TRADE + cell + ", NULL, " + printed + ",", TRADE + cell + ", NULL, " + mistyped + ",",
                expected, "heilongjiang-russia-trade:" + record);
    }

    static Stream<Mutation> mutations() {
        return Stream.of(
                // a mistyped figure in every column of every series
                trade("total 2012 213.1 typed 231.1", "'total', 2012", "213.1", "231.1", Check.TOTAL, "total:2012"),
                trade("total growth 2012 12.2 typed 21.2", "'total_growth', 2012", "12.2", "21.2", Check.GROWTH,
                        "total_growth:2012"),
                trade("exports 2015 20.8 typed 28.0", "'exports', 2015", "20.8", "28.0", Check.TOTAL, "total:2015"),
                trade("exports growth 2010 31.1 typed 13.1", "'exports_growth', 2010", "31.1", "13.1", Check.GROWTH,
                        "exports_growth:2010"),
                trade("imports 2009 23.1 typed 32.1", "'imports', 2009", "23.1", "32.1", Check.TOTAL, "total:2009"),
                trade("imports growth 2014 -7.1 typed -17.1", "'imports_growth', 2014", "-7.1", "-17.1", Check.GROWTH,
                        "imports_growth:2014"),
                trade("share of the province 2012 56.3 typed 563 (decimal point slipped)", "'share_province', 2012",
                        "56.3", "563", Check.PERCENT_RANGE, "share_province:2012"),
                trade("share of China 2018 17.3 typed 71.3", "'share_china', 2018", "17.3", "71.3",
                        Check.NATIONAL_TRADE, "share_china:2018"),
                mutation("gas delivered 80 typed 90", "'delivered_cumulative', 2024, '2019 to December 2024', 80,",
                        "'delivered_cumulative', 2024, '2019 to December 2024', 90,", Check.KEY_FIGURE_AGREES,
                        "power-of-siberia-gas:delivered_cumulative"),
                mutation("gas contract level 38 typed 83", "'contract_level', 2024, 'from 1 December 2024', 38,",
                        "'contract_level', 2024, 'from 1 December 2024', 83,", Check.KEY_FIGURE_AGREES,
                        "power-of-siberia-gas:contract_level"),
                mutation("Tongjiang bridge cargo 6 typed 9", "'tongjiang_cumulative', 2024, '2022 to June 2024', 6,",
                        "'tongjiang_cumulative', 2024, '2022 to June 2024', 9,", Check.KEY_FIGURE_AGREES,
                        "border-bridge-cargo:tongjiang_cumulative"),
                mutation("Heihe bridge cargo 370 typed 730", "reported in 2025)', 370,",
                        "reported in 2025)', 730,", Check.KEY_FIGURE_AGREES, "border-bridge-cargo:heihe_annual"),
                mutation("key figure of gas delivered 80 typed 90 (the series keeps 80)",
                        "'Gas delivered through the eastern pipeline since 2019', 80,",
                        "'Gas delivered through the eastern pipeline since 2019', 90,", Check.KEY_FIGURE_AGREES,
                        "power-of-siberia-gas:delivered_cumulative"),
                // a note excuses its cell from one check, and only while its figures are the cell's
                trade("noted growth rate 2011 360.0 changed tenfold", "'imports_growth', 2011", "360.0", "3600.0",
                        Check.GROWTH, "imports_growth:2011"),
                trade("noted total 2014 232.6 changed tenfold", "'total', 2014", "232.6", "2326.0", Check.TOTAL,
                        "total:2014"),
                mutation("the 2014 total's sum note replaced by a growth note",
                        "'Editorial note: exports (89.3) plus imports (143.5) make 232.8, not the printed total of 232.6. Kept as printed.'",
                        "'Editorial note: the printed growth rate does not follow from the printed values: 213.1 (2012) to 223.6 (2013) is +4.9%, not +5.8%.'",
                        Check.TOTAL, "heilongjiang-russia-trade:total:2014"),
                mutation("growth rate 2012 changed under a note in no check's form",
                        TRADE + "'total_growth', 2012, NULL, 12.2, 'EXACT', NULL)",
                        TRADE + "'total_growth', 2012, NULL, 21.2, 'EXACT', 'Editorial note: kept as printed.')",
                        Check.GROWTH, "heilongjiang-russia-trade:total_growth:2012"),
                // citations
                mutation("one of the six citations of Power of Siberia removed (Zhang, named in its summary)",
                        "INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('power-of-siberia', "
                                + "'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');\n",
                        "", Check.NAMED_SOURCE_CITED, "project power-of-siberia"),
                mutation("the only citation of an event removed",
                        "INSERT INTO event_citation (event_slug, source_slug, locator) VALUES "
                                + "('xi-heilongjiang-pivotal-gateway-2023', 'deeper-economic-ties-2023', 'para. 8');\n",
                        "", Check.CITED, "event xi-heilongjiang-pivotal-gateway-2023"),
                mutation("a locator emptied", "VALUES ('heihe', 'song-2019-heilongjiang-russia', 'Table 3, Four belts')",
                        "VALUES ('heihe', 'song-2019-heilongjiang-russia', '')", Check.LOCATOR, "place heihe"),
                mutation("a locator replaced by x", "VALUES ('heihe', 'song-2019-heilongjiang-russia', 'Table 2, Grid Transmission')",
                        "VALUES ('heihe', 'song-2019-heilongjiang-russia', 'x')", Check.LOCATOR, "place heihe"),
                mutation("a news item cited by a paper's section number",
                        "VALUES ('heihe', 'asianews-2022-heilongjiang-siberia', 'para. 5')",
                        "VALUES ('heihe', 'asianews-2022-heilongjiang-siberia', '§2.2')", Check.LOCATOR, "place heihe"),
                mutation("a source that nothing cites", "-- == Themes ==",
                        "INSERT INTO source (slug, title, kind, published_year, date_label, language, summary) VALUES "
                                + "('uncited-2020', 'Uncited', 'NEWS', 2020, '2020', 'en', 'Nothing cites it.');\n-- == Themes ==",
                        Check.SOURCE_USED, "source uncited-2020"),
                // dates, places, shapes
                mutation("a day-precise date given month precision", "2024, 12, 1, 'DAY', 'From 1 December 2024",
                        "2024, 12, 1, 'MONTH', 'From 1 December 2024", Check.EVENT_DATE, "event gazprom-contract-maximum-2024"),
                mutation("a year given decade precision", "'POLICY', 2007, NULL, NULL, 'YEAR'",
                        "'POLICY', 2007, NULL, NULL, 'DECADE'", Check.EVENT_DATE, "event far-east-policy-documents-2007"),
                mutation("a date that does not exist", "'VISIT', 2023, 3, 20, 'DAY'", "'VISIT', 2023, 2, 30, 'DAY'",
                        Check.EVENT_DATE, "event xi-state-visit-moscow-2023"),
                mutation("an event after the end of the timeline", "'VISIT', 2023, 3, 20, 'DAY'",
                        "'VISIT', 2025, 3, 20, 'DAY'", Check.EVENT_DATE, "event xi-state-visit-moscow-2023"),
                mutation("Harbin moved to Khabarovsk's coordinates", "'CN', 'Heilongjiang', 'CITY', 45.8, 126.53,",
                        "'CN', 'Heilongjiang', 'CITY', 48.48, 135.08,", Check.PLACE_LOCATION, "place harbin"),
                mutation("a Russian name in Latin letters", "VALUES ('heihe', 'Heihe', 'Хэйхэ',",
                        "VALUES ('heihe', 'Heihe', 'Heihe',", Check.PLACE_NAMES, "place heihe"),
                mutation("a Chinese name without Chinese characters", "'Хэйхэ', '黑河',", "'Хэйхэ', 'Heihe',",
                        Check.PLACE_NAMES, "place heihe"),
                mutation("a theme with neither projects nor events", "-- == Places ==",
                        "INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('empty', 'Empty', 9, "
                                + "'Nothing yet.', 'Nothing yet.');\n-- == Places ==", Check.THEME_CONTENT, "theme empty"),
                mutation("a project without a theme", "INSERT INTO project_theme (project_slug, theme_slug) VALUES "
                        + "('heihe-gas-pipeline-domestic-section', 'energy');\n", "", Check.PROJECT_SHAPE,
                        "project heihe-gas-pipeline-domestic-section"),
                mutation("a gap in a project's route",
                        "VALUES ('power-of-siberia', 2, 'amur-river')", "VALUES ('power-of-siberia', 3, 'amur-river')",
                        Check.PROJECT_SHAPE, "project power-of-siberia"),
                new Mutation("a slug with capitals", replace("VALUES ('far-east-wood', 'Wood", "VALUES ('Far-east-wood', 'Wood")
                        .andThen(replace("('far-east-wood', 'zhang", "('Far-east-wood', 'zhang"))::apply, Check.SLUG,
                        "key_figure Far-east-wood"),
                mutation("a measure in two units in one chart group",
                        "('power-of-siberia-gas', 1, 'contract_level', 'Maximum contractual supply level reached', 'billion cubic meters',",
                        "('power-of-siberia-gas', 1, 'contract_level', 'Maximum contractual supply level reached', 'million cubic meters',",
                        Check.MEASURES, "series power-of-siberia-gas 'Gas volumes'"),
                mutation("a second value for the same year", TRADE + "'share_china', 2018, NULL, 17.3, 'EXACT', NULL)",
                        TRADE + "'share_china', 2018, NULL, 17.3, 'EXACT', NULL),\n " + TRADE
                                + "'share_china', 2018, NULL, 17.3, 'EXACT', NULL)",
                        Check.MEASURES, "heilongjiang-russia-trade:share_china:2018"));
    }

    @Test
    void theDatasetAsShippedPassesEveryCheck() throws SQLException {
        assertEquals("", report(ScratchDatabase.dataset()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void eachMistakeIsCaughtByItsCheck(Mutation mutation) throws SQLException {
        List<Violation> violations = violations(mutation.edit().apply(ScratchDatabase.dataset()));
        assertTrue(violations.stream().anyMatch(v -> v.check() == mutation.expected()
                && v.record().contains(mutation.record())), () -> "expected a " + mutation.expected() + " violation for "
                + mutation.record() + ", got: " + violations);
    }

    /** Active once the dataset has translations: a number changed in one of them must be caught. */
    @Test
    void aTranslationWithAChangedNumberIsCaught() throws SQLException {
        String dataset = ScratchDatabase.dataset();
        Matcher row = Pattern.compile("\\('(\\w+)', '([^']+)', '(\\w+)', '(ru|zh)', '((?:[^']|'')*?(\\d{4})(?:[^']|'')*)'\\)")
                .matcher(dataset.substring(Math.max(0, dataset.indexOf("INSERT INTO translation"))));
        Assumptions.assumeTrue(dataset.contains("INSERT INTO translation") && row.find(),
                "import.sql has no translation with a four-digit number yet");
        String original = row.group();
        String text = row.group(5);
        String year = row.group(6);
        // the year made unrecognisable wherever the row writes it
        String mutated = original.replace(text, text.replace(year, year + "7"));
        List<Violation> violations = violations(dataset.replace(original, mutated));
        assertTrue(violations.stream().anyMatch(v -> v.check() == Check.TRANSLATION_NUMBERS
                && v.record().startsWith(row.group(1) + " " + row.group(2) + " " + row.group(3))),
                () -> "a translation with " + year + " changed was not reported: " + violations);
    }

    /**
     * A place named in English must be named by the place table's name in the translation: Хэйхэ, not a
     * transliteration of the translator's own («Хэйхе»), and 黑河, in any Russian case form (Хэйхэ is indeclinable;
     * Благовещенске is Благовещенск).
     */
    @Test
    void aTranslationThatRenamesAPlaceIsCaught() throws SQLException {
        String source = "'source', 'heihe-border-feature-2023', 'summary', 'ru', '";
        String dataset = ScratchDatabase.dataset();
        int at = dataset.indexOf(source);
        assertTrue(at > 0, "the Heihe feature's summary has a Russian translation");
        int end = dataset.indexOf("')", at);
        String row = dataset.substring(at, end);
        assertTrue(row.contains("Хэйхэ"), row);
        List<Violation> violations = violations(dataset.replace(row, row.replace("Хэйхэ", "Хэйхе")));
        assertTrue(violations.stream().anyMatch(v -> v.check() == Check.TRANSLATION_PLACES
                && v.record().equals("source heihe-border-feature-2023 summary (ru)")
                && v.problem().contains("Heihe (Хэйхэ)")), () -> "a renamed Heihe was not reported: " + violations);
    }

    @Test
    void placeNamesAreRecognisedInEveryCaseForm() {
        assertTrue(TranslatedPlaces.namedInRussian("Благовещенск", "в Благовещенске"));
        assertTrue(TranslatedPlaces.namedInRussian("Россия", "из России"));
        assertTrue(TranslatedPlaces.namedInRussian("Комсомольск-на-Амуре", "до Комсомольска-на-Амуре"));
        assertTrue(TranslatedPlaces.namedInRussian("Бохайский залив", "к Бохайскому заливу"));
        assertTrue(!TranslatedPlaces.namedInRussian("Бохайский залив", "к Бохайскому морю"));
        assertTrue(TranslatedPlaces.namedInChinese("黑龙江省", "黑龙江与俄罗斯"));
        assertTrue(TranslatedPlaces.namedInChinese("萨哈林岛", "萨哈林州"));
        assertTrue(!TranslatedPlaces.namedInChinese("黑河", "布拉戈维申斯克"));
        // Heihe is left out; Harbin is there; "Sino-Russian" names no place
        assertEquals(List.of("Heihe (黑河)"), TranslatedPlaces.missing("From Heihe to Harbin; Sino-Russian trade.",
                "从哈尔滨出发的中俄贸易", "zh", List.of(new TranslatedPlaces.Names("Heihe", "Хэйхэ", "黑河"),
                        new TranslatedPlaces.Names("Harbin", "Харбин", "哈尔滨"),
                        new TranslatedPlaces.Names("Russia", "Россия", "俄罗斯"))));
    }

    /** The translation check end to end: the dataset's own translations of one note replaced by a faithful and a wrong one. */
    @Test
    void translationsMustKeepTheFiguresOfTheirEnglishText() throws SQLException {
        String observation = "'series_observation', 'power-of-siberia-gas:contract_level:2024', 'note'";
        String dataset = ScratchDatabase.dataset() + """

                DELETE FROM translation WHERE record_type = 'series_observation'
                    AND record_slug = 'power-of-siberia-gas:contract_level:2024' AND field = 'note';
                DELETE FROM translation WHERE record_type = 'series_measure'
                    AND record_slug = 'power-of-siberia-gas:contract_level' AND field = 'label' AND lang = 'zh';
                DELETE FROM translation WHERE record_type = 'key_figure'
                    AND record_slug = 'heilongjiang-russia-border-length' AND field = 'unit' AND lang = 'ru';
                INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
                 (%1$s, 'ru', 'Напечатано как ежедневные поставки на договорном уровне 38 млрд кубометров, см. примечание.'),
                 (%1$s, 'zh', '原文为按合同水平每日供气38亿立方米，见单位说明。'),
                 ('series_measure', 'power-of-siberia-gas:contract_level', 'label', 'zh', '已达到的合同供气水平（年量）'),
                 ('key_figure', 'heilongjiang-russia-border-length', 'unit', 'ru', 'км'),
                 ('key_figure', 'no-such-figure', 'label', 'ru', 'Нет такого показателя'),
                 ('key_figure', 'far-east-area', 'no_such_column', 'ru', '6,21');
                """.formatted(observation);
        List<String> found = violations(dataset).stream().map(Violation::toString).toList();
        assertEquals(List.of(
                "translation_numbers: series_observation power-of-siberia-gas:contract_level:2024 note (zh): "
                        + "leaves out or changes [38 billion]",
                "translation_numbers: key_figure no-such-figure label (ru): translates a text that has no English original",
                "translation_numbers: key_figure far-east-area no_such_column (ru): translates a text that has no "
                        + "English original"), found);
    }

    private static List<Violation> violations(String dataset) throws SQLException {
        return DatasetChecks.run(ScratchDatabase.loaded(dataset));
    }

    private static String report(String dataset) throws SQLException {
        return violations(dataset).stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
