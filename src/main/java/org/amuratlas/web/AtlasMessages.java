package org.amuratlas.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;
import org.amuratlas.read.ProjectSort;

/**
 * The site's own words (navigation, headings, labels), in English here and in Russian and Chinese in
 * messages/msg_ru.properties and messages/msg_zh.properties. The records themselves stay in the language of the
 * atlas's editors; place names come in all three languages from the data.
 */
@MessageBundle("msg")
public interface AtlasMessages {

    @Message("en")
    String html_lang();

    @Message("Amur–Heilongjiang Atlas")
    String site_name();

    @Message("Amur–Heilongjiang Cooperation Atlas")
    String site_title();

    @Message("A sourced atlas of cooperation between Northeast China and the Russian Far East: energy, corridors, agriculture, history, trade and the people around them.")
    String site_description();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_main();

    @Message("Themes")
    String nav_themes();

    @Message("Projects")
    String nav_projects();

    @Message("Places")
    String nav_places();

    @Message("Timeline")
    String nav_timeline();

    @Message("Data")
    String nav_data();

    @Message("Sources")
    String nav_sources();

    @Message("Search")
    String nav_search();

    @Message("Language")
    String nav_language();

    @Message("Every record cites the document it comes from and where in it. The atlas reports positions; it takes none.")
    String footer_principle();

    @Message("Data")
    String footer_data();

    @Message("five source documents")
    String footer_sources();

    @Message("Map outline: Natural Earth (public domain).")
    String footer_map_credit();

    @Message("Gas pipelines, river bridges, grain and trade across the 2,981 km border between Northeast China and the Russian Far East, gathered from news reports and research papers into one sourced, navigable record. Every project, event, place and figure names the document it comes from and where in it.")
    String home_lede();

    @Message("{projects} projects · {places} places · {events} dated events · {sources} source documents")
    String home_totals(int projects, int places, int events, int sources);

    @Message("Cooperation between Northeast China and the Russian Far East")
    String home_page_title();

    @Message("Key figures")
    String key_figures();

    @Message("Latest events")
    String latest_events();

    @Message("The whole timeline, from the ancient Sushen to December 2024 →")
    String whole_timeline();

    @Message("Map of the border region")
    String map_heading();

    @Message("Overview")
    String overview();

    @Message("Challenges")
    String challenges();

    @Message("Recommendations")
    String recommendations();

    @Message("proposed by {name}")
    String proposed_by(String name);

    @Message("Perspectives")
    String perspectives();

    @Message("Positions as their holders state them. The atlas reports them; it takes none.")
    String perspectives_note();

    @Message("Table, notes and CSV download →")
    String series_link();

    @Message("Figures")
    String figures();

    @Message("Note")
    String note();

    @Message("Notes")
    String notes();

    @Message("Source")
    String source_one();

    @Message("Sources")
    String source_many();

    @Message("No projects.")
    String no_projects();

    @Message("No events.")
    String no_events();

    @Message("Pipelines, bridges, railways, ports, corridors, zones and programmes across the Amur, as the sources describe them.")
    String projects_lede();

    @Message("Filter projects")
    String filter_projects();

    @Message("Theme")
    String label_theme();

    @Message("Status")
    String label_status();

    @Message("Kind")
    String label_kind();

    @Message("Country")
    String label_country();

    @Message("Place")
    String label_place();

    @Message("From year")
    String label_from();

    @Message("To year")
    String label_to();

    @Message("Text")
    String label_text();

    @Message("Sort")
    String label_sort();

    @Message("Period")
    String label_period();

    @Message("any")
    String any();

    @Message("Show")
    String show();

    @Message("{count} projects found{#if count > 0}, showing {first}–{last}{/if}.")
    String projects_found(int count, int first, int last);

    @Message("Project")
    String col_project();

    @Message("Years")
    String col_years();

    @Message("Pages")
    String pages();

    @Message("← Previous")
    String previous();

    @Message("Next →")
    String next();

    @Message("Facts")
    String facts();

    @Message("as of {when}")
    String as_of(String when);

    @Message("Start")
    String start_year();

    @Message("Completed")
    String completed();

    @Message("Headline figure")
    String headline_figure();

    @Message("Global Energy Monitor")
    String gem();

    @Message("Cities, crossings, ports, fields and regions named in the sources, with their names in English, Russian and Chinese.")
    String places_lede();

    @Message("All places, by country and region")
    String places_caption();

    @Message("English")
    String lang_en();

    @Message("Русский")
    String lang_ru();

    @Message("中文")
    String lang_zh();

    @Message("Region")
    String region();

    @Message("Coordinates")
    String coordinates();

    @Message("Projects here")
    String projects_here();

    @Message("From the ancient peoples of the Amur basin to December 2024. Each date is shown only as precisely as the sources give it.")
    String timeline_lede();

    @Message("Filter the timeline")
    String filter_timeline();

    @Message("all themes")
    String all_themes();

    @Message("all periods")
    String all_periods();

    @Message("Periods are the atlas's editorial grouping, not dates fixed by any source.")
    String periods_note();

    @Message("{count} events.")
    String events_count(int count);

    @Message("The documents the atlas is built from, and what each of them supports. Locators point to the section, table or paragraph.")
    String sources_lede();

    @Message("Published")
    String published();

    @Message("Authors")
    String authors();

    @Message("Outlet")
    String outlet();

    @Message("Cite this:")
    String cite_this();

    @Message("Supports {count} records")
    String supports(int count);

    @Message("Statistical series from the sources, as printed, with charts, tables, notes and CSV downloads.")
    String data_lede();

    @Message("Unit as printed:")
    String unit_as_printed();

    @Message("Download CSV")
    String download_csv();

    @Message("Metadata (JSON)")
    String download_metadata();

    @Message("values as printed")
    String values_as_printed();

    @Message("Search the atlas")
    String search_label();

    @Message("Words, in English, Russian or Chinese")
    String search_words();

    @Message("{count} results for “{q}”.")
    String search_results(int count, String q);

    @Message("Page not found")
    String error_404_heading();

    @Message("There is no page at this address. The record may have a different identifier, or the link may be mistyped.")
    String error_404_message();

    @Message("Bad request")
    String error_400_heading();

    @Message("Something went wrong")
    String error_500_heading();

    @Message("The page could not be produced. Please try again later.")
    String error_500_message();

    @Message("Error {status}.")
    String error_status(int status);

    @Message("Try the home page, the project catalogue or the timeline.")
    String error_try();

    @Message("{#when status}{#is PROPOSED}proposed{#is PLANNED}planned{#is APPROVED}approved{#is UNDER_CONSTRUCTION}under construction{#is OPERATIONAL}operational{#is SUSPENDED}suspended{/when}")
    String status(ProjectStatus status);

    @Message("{#when kind}{#is PIPELINE}pipeline{#is BRIDGE}bridge{#is RAILWAY}railway{#is ROAD}road{#is PORT}port{#is AIR_ROUTE}air route{#is TRANSPORT_CORRIDOR}transport corridor{#is TRADE_ZONE}trade zone{#is INDUSTRIAL_PARK}industrial park{#is REFINERY}refinery{#is OIL_TERMINAL}oil terminal{#is TRANSMISSION_LINE}transmission line{#is CABLE}cable{#is EXPO}expo{#is PROGRAMME}programme{#is STRATEGY}strategy{/when}")
    String kind(ProjectKind kind);

    @Message("{#when sort}{#is NAME}name{#is START_YEAR}start year{#is STATUS}status{#is KIND}kind{/when}")
    String sort(ProjectSort sort);
}
