package org.amuratlas.i18n;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation's locator ("Introduction, para. 2", "§2.2, citing ref. [10, pp. 3-5]", "Table 1") in the reader's
 * language: the words that say which part of a document is meant (paragraph, table, footnote, page, reference,
 * abstract, introduction, conclusion) are the language's own («введение, абз. 2», 引言，第2段), while the section
 * headings a document gives itself ("Railway Transport", "Longjiang Silk Road Belt") keep their printed wording, as
 * a source's title does. Numbers are never touched.
 */
public final class LocatorText {

    /** A locator word: its English form and how to write it, given the numbers it holds. */
    private record Rule(Pattern english, Function<Matcher, String> written) {
    }

    private final Language language;
    private final List<Rule> rules;

    public LocatorText(Language language, FormatMessages words) {
        this.language = language;
        rules = List.of(
                // a table's rows named by their years: "Table 1 (2009, 2010 and 2016 rows)", «строки за 2009, 2010 и 2016 гг.»
                rule("((?:\\d{4}, )*\\d{4}) and (\\d{4}) rows",
                        m -> words.locator_rows(String.join(words.locator_list_sep(), m.group(1).split(", ")),
                                m.group(2))),
                rule("(\\d{4}) row", m -> words.locator_row(m.group(1))),
                rule("Section '([^']+)'", m -> words.locator_section(m.group(1))),
                rule("all rows and columns", m -> words.locator_all_rows_and_columns()),
                rule("items (\\d+) and (\\d+)", m -> words.locator_items(m.group(1), m.group(2))),
                rule("item (\\d+)", m -> words.locator_item(m.group(1))),
                rule("line (\\d+)", m -> words.locator_line(m.group(1))),
                rule("byline", m -> words.locator_byline()),
                rule("reference line", m -> words.locator_reference_line()),
                rule("Author information", m -> words.locator_author_information()),
                rule("para\\. (\\d+) and para\\. (\\d+)", m -> words.locator_para_and(m.group(1), m.group(2))),
                rule("paras\\. (\\d+)[-–](\\d+)", m -> words.locator_paras(m.group(1), m.group(2))),
                rule("para\\. (\\d+)", m -> words.locator_para(m.group(1))),
                rule("Table (\\d+)", m -> words.locator_table(m.group(1))),
                rule("footnote (\\d+)", m -> words.locator_footnote(m.group(1))),
                rule("pp\\. (\\d+)[-–](\\d+)", m -> words.locator_pages(m.group(1), m.group(2))),
                rule("p\\. (\\d+)", m -> words.locator_page(m.group(1))),
                rule("citing refs?\\.", m -> words.locator_citing()),
                rule("see also refs?\\.", m -> words.locator_see_also()),
                rule("References", m -> words.locator_references()),
                rule("Abstract", m -> words.locator_abstract()),
                rule("Introduction", m -> words.locator_introduction()),
                rule("Conclusion", m -> words.locator_conclusion()),
                rule("lead paragraph", m -> words.locator_lead()),
                rule("photo caption", m -> words.locator_photo_caption()),
                rule("before", m -> words.locator_before()),
                rule(" ?\\(", m -> words.locator_open()),
                rule("\\)", m -> words.locator_close()),
                rule(", ", m -> words.locator_sep()));
    }

    private static Rule rule(String english, Function<Matcher, String> written) {
        // a word only where it stands as a word: "Table 1", not the end of "Timetable 1"
        String before = Character.isLetter(english.charAt(0)) ? "(?<!\\p{L})" : "";
        String after = Character.isLetter(english.charAt(english.length() - 1)) ? "(?!\\p{L})" : "";
        return new Rule(Pattern.compile(before + english + after), written);
    }

    /** The locator in this writer's language; an English writer gives it back as it is. */
    public String write(String locator) {
        if (locator == null || language == Language.EN) {
            return locator;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        outer:
        while (at < locator.length()) {
            for (Rule rule : rules) {
                Matcher m = rule.english().matcher(locator).region(at, locator.length()).useTransparentBounds(true);
                if (m.lookingAt()) {
                    out.append(rule.written().apply(m));
                    at = m.end();
                    continue outer;
                }
            }
            out.append(locator.charAt(at++));
        }
        return out.toString();
    }
}
