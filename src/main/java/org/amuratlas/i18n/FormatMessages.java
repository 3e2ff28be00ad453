package org.amuratlas.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words and patterns for writing dates and figures, in English here and in Russian and Chinese in
 * messages/fmt_ru.properties and messages/fmt_zh.properties. Month names and digits come from the JDK's CLDR data
 * (see {@link DateText}, {@link NumberText}); what CLDR does not cover (centuries, decades, "antiquity", the hedges
 * sources put on numbers) is here, where a translator can review it. Date patterns use
 * {@link java.time.format.DateTimeFormatter} letters: MMMM is the month in a date (Russian: «декабря»), LLLL the
 * month on its own («декабрь»).
 */
@MessageBundle(value = "fmt", locale = "en")
public interface FormatMessages {

    @Message("d MMMM uuuu")
    String date_day_pattern();

    @Message("MMMM uuuu")
    String date_month_pattern();

    @Message("{year}")
    String date_year(int year);

    @Message("{year} BC")
    String date_year_bc(int year);

    @Message("the {year}s")
    String date_decade(int year);

    @Message("{century.englishOrdinal} century")
    String date_century(int century);

    @Message("mid-{century.englishOrdinal} century")
    String date_mid_century(int century);

    /** For events the sources date no closer than "in ancient times". */
    @Message("antiquity")
    String date_undated();

    @Message("{amount}")
    String figure_exact(String amount);

    @Message("more than {amount}")
    String figure_more_than(String amount);

    @Message("about {amount}")
    String figure_about(String amount);

    @Message("nearly {amount}")
    String figure_nearly(String amount);

    @Message("less than {amount}")
    String figure_less_than(String amount);

    @Message("up to {amount}")
    String figure_up_to(String amount);

    // ---- citation locators (see LocatorText) --------------------------------------------------------------------

    @Message("para. {n}")
    String locator_para(String n);

    @Message("paras. {from}–{to}")
    String locator_paras(String from, String to);

    @Message("Table {n}")
    String locator_table(String n);

    @Message("footnote {n}")
    String locator_footnote(String n);

    @Message("p. {n}")
    String locator_page(String n);

    @Message("pp. {from}–{to}")
    String locator_pages(String from, String to);

    @Message("citing ref.")
    String locator_citing();

    @Message("see also ref.")
    String locator_see_also();

    @Message("References")
    String locator_references();

    @Message("Abstract")
    String locator_abstract();

    @Message("Introduction")
    String locator_introduction();

    @Message("Conclusion")
    String locator_conclusion();

    @Message("lead paragraph")
    String locator_lead();

    @Message("photo caption")
    String locator_photo_caption();

    @Message("before")
    String locator_before();

    @Message("para. {first} and para. {second}")
    String locator_para_and(String first, String second);

    @Message("row {year}")
    String locator_row(String year);

    /** Rows of a table named by their years: "2009, 2010 and 2016 rows"; {@code years} joined by locator_list_sep. */
    @Message("{years} and {last} rows")
    String locator_rows(String years, String last);

    /** Between the items of a list in a locator: "2009, 2010". */
    @Message(", ")
    String locator_list_sep();

    @Message("all rows and columns")
    String locator_all_rows_and_columns();

    /** A section cited by a printed heading the atlas has no translation of, which keeps its wording. */
    @Message("Section '{title}'")
    String locator_section(String title);

    /** A section cited by its printed heading: the atlas's translation with the printed heading beside it. */
    @Message("Section '{translation}' (\"{printed}\")")
    String locator_section_heading(String translation, String printed);

    /**
     * A heading the document prints (a section's, a table row's), as the atlas translates it with the printed
     * heading beside it, by which a reader finds the passage in the original (see DocumentHeadings).
     */
    @Message("{translation} (\"{printed}\")")
    String locator_heading(String translation, String printed);

    @Message("item {n}")
    String locator_item(String n);

    @Message("items {first} and {second}")
    String locator_items(String first, String second);

    @Message("line {n}")
    String locator_line(String n);

    @Message("byline")
    String locator_byline();

    @Message("reference line")
    String locator_reference_line();

    @Message("Author information")
    String locator_author_information();

    /** Before a remark in brackets: "Table 1 (2009 row)"; Chinese sets full-width brackets without a space. */
    @Message(" (")
    String locator_open();

    @Message(")")
    String locator_close();

    /** Between the parts of a locator: "Introduction, para. 2". */
    @Message(", ")
    String locator_sep();
}
