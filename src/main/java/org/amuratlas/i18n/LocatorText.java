package org.amuratlas.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A citation's locator ("Introduction, para. 2", "§2.2, citing ref. [10, pp. 3-5]", "Table 1") in the reader's
 * language: the words that say which part of a document is meant (paragraph, table, footnote, page, reference,
 * abstract, introduction, conclusion) are the language's own («введение, абз. 2», 引言，第2段). The headings a document
 * gives itself ("Longjiang Silk Road Belt", "Railway Transport") come in the atlas's translation with the printed
 * heading beside it («Лунцзянский пояс Шёлкового пути» (“Longjiang Silk Road Belt”)), since the reader needs the
 * printed one to find the passage; a heading {@link DocumentHeadings} does not list keeps its printed wording. Numbers
 * are never touched.
 */
public final class LocatorText {

    /** A locator word: its English form and how to write it, given the numbers it holds. */
    private record Rule(Pattern english, Function<Matcher, String> written) {
    }

    /**
     * A run of a written locator. A {@code printed} run is a document's heading in its printed wording beside the
     * atlas's translation, which a page marks as English ({@code lang="en"}).
     */
    public record Run(String text, boolean printed) {
    }

    /** Around a printed heading while the locator is written (private-use characters, never in text). */
    private static final char PRINTED_START = '\uE000';
    private static final char PRINTED_END = '\uE001';

    private final Language language;
    private final List<Rule> rules;

    public LocatorText(Language language, FormatMessages words) {
        this.language = language;
        List<Rule> headings = new ArrayList<>();
        for (String printed : DocumentHeadings.printed()) {
            DocumentHeadings.translation(printed, language).ifPresent(translation -> headings.add(
                    rule(Pattern.quote(printed), printed, m -> words.locator_heading(translation, marked(printed)))));
        }
        List<Rule> locatorWords = List.of(
                // a table's rows named by their years: "Table 1 (2009, 2010 and 2016 rows)", «строки за 2009, 2010 и 2016 гг.»
                rule("((?:\\d{4}, )*\\d{4}) and (\\d{4}) rows",
                        m -> words.locator_rows(String.join(words.locator_list_sep(), m.group(1).split(", ")),
                                m.group(2))),
                rule("(\\d{4}) row", m -> words.locator_row(m.group(1))),
                rule("Section '([^']+)'", m -> DocumentHeadings.translation(m.group(1), language)
                        .map(translation -> words.locator_section_heading(translation, marked(m.group(1))))
                        .orElseGet(() -> words.locator_section(m.group(1)))),
                rule("all rows and columns", m -> words.locator_all_rows_and_columns()),
                rule("items (\\d+) and (\\d+)", m -> words.locator_items(m.group(1), m.group(2))),
                rule("item (\\d+)", m -> words.locator_item(m.group(1))),
                rule("line (\\d+)", m -> words.locator_line(m.group(1))),
                rule("byline", m -> words.locator_byline()),
                rule("reference line", m -> words.locator_reference_line()),
                part("Author information", m -> words.locator_author_information()),
                rule("para\\. (\\d+) and para\\. (\\d+)", m -> words.locator_para_and(m.group(1), m.group(2))),
                rule("paras\\. (\\d+)[-–](\\d+)", m -> words.locator_paras(m.group(1), m.group(2))),
                rule("para\\. (\\d+)", m -> words.locator_para(m.group(1))),
                rule("Table (\\d+)", m -> words.locator_table(m.group(1))),
                rule("footnote (\\d+)", m -> words.locator_footnote(m.group(1))),
                rule("pp\\. (\\d+)[-–](\\d+)", m -> words.locator_pages(m.group(1), m.group(2))),
                rule("p\\. (\\d+)", m -> words.locator_page(m.group(1))),
                rule("citing refs?\\.", m -> words.locator_citing()),
                rule("see also refs?\\.", m -> words.locator_see_also()),
                part("References", m -> words.locator_references()),
                part("Abstract", m -> words.locator_abstract()),
                part("Introduction", m -> words.locator_introduction()),
                part("Conclusion", m -> words.locator_conclusion()),
                rule("lead paragraph", m -> words.locator_lead()),
                rule("photo caption", m -> words.locator_photo_caption()),
                rule("before(?= para)", m -> words.locator_before()),
                rule(" ?\\(", m -> words.locator_open()),
                rule("\\)", m -> words.locator_close()),
                rule(", ", m -> words.locator_sep()));
        // headings first: a heading's own words ("Domestic and cross-border cooperation") are not locator words
        rules = Stream.concat(headings.stream(), locatorWords.stream()).toList();
    }

    private static Rule rule(String english, Function<Matcher, String> written) {
        return rule(english, english, written);
    }

    /** @param text the plain text the pattern matches, to see whether it starts and ends with a letter */
    private static Rule rule(String english, String text, Function<Matcher, String> written) {
        // a word only where it stands as a word: "Table 1", not the end of "Timetable 1"
        String before = Character.isLetter(text.charAt(0)) ? "(?<!\\p{L})" : "";
        String after = Character.isLetter(text.charAt(text.length() - 1)) ? "(?!\\p{L})" : "";
        return new Rule(Pattern.compile(before + english + after), written);
    }

    /**
     * A named part of a document ("Introduction", "References [12]") only where it makes up a whole part of the
     * locator, so that an unlisted heading that contains the word ("Conclusion and Outlook") keeps its wording.
     */
    private static Rule part(String english, Function<Matcher, String> written) {
        return new Rule(Pattern.compile("(?:(?<=^)|(?<=, )|(?<=\\())" + english + "(?=$|,| [(\\[]|\\))"), written);
    }

    private static String marked(String printed) {
        return PRINTED_START + printed + PRINTED_END;
    }

    /** The locator in this writer's language; an English writer gives it back as it is. */
    public String write(String locator) {
        if (locator == null || language == Language.EN) {
            return locator;
        }
        return withMarks(locator).replace(String.valueOf(PRINTED_START), "").replace(String.valueOf(PRINTED_END), "");
    }

    /** The locator as {@link #write} writes it, in runs that say which text is a printed heading. */
    public List<Run> runs(String locator) {
        if (locator == null || language == Language.EN) {
            return locator == null ? List.of() : List.of(new Run(locator, false));
        }
        List<Run> runs = new ArrayList<>();
        String text = withMarks(locator);
        int at = 0;
        for (int start = text.indexOf(PRINTED_START); start >= 0; start = text.indexOf(PRINTED_START, at)) {
            int end = text.indexOf(PRINTED_END, start);
            if (start > at) {
                runs.add(new Run(text.substring(at, start), false));
            }
            runs.add(new Run(text.substring(start + 1, end), true));
            at = end + 1;
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }

    /** The locator written, each printed heading between PRINTED_START and PRINTED_END. */
    private String withMarks(String locator) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        outer:
        while (at < locator.length()) {
            for (Rule rule : rules) {
                Matcher m = rule.english().matcher(locator).region(at, locator.length()).useTransparentBounds(true)
                        .useAnchoringBounds(false);
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
