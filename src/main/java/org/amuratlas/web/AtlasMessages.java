package org.amuratlas.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.amuratlas.model.ActorKind;
import org.amuratlas.model.ChallengeCategory;
import org.amuratlas.model.Country;
import org.amuratlas.model.Era;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.PlaceKind;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;
import org.amuratlas.model.SourceKind;
import org.amuratlas.read.ProjectSort;
import org.amuratlas.read.RecordType;

/**
 * The site's own words (navigation, headings, labels, the names of kinds, statuses, countries and periods, map and
 * chart words, error texts, and the punctuation that joins them), in English here and in Russian and Chinese in
 * messages/msg_ru.properties and messages/msg_zh.properties. Record text is data and has its own translations;
 * dates, numbers and figures are written by {@link org.amuratlas.i18n.Formats}.
 *
 * <p>Counts choose their word form with {@code count.plural('en')} (CLDR rules, {@link org.amuratlas.i18n.PluralRules}).
 * Chinese punctuation is full width (：，、；（）), and a no-break space keeps an arrow with its words.
 */
@MessageBundle(value = "msg", locale = "en")
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

    @Message("Gas pipelines, river bridges, grain and trade between Northeast China and the Russian Far East, along the 2,981 km border that Heilongjiang alone shares with Russia, gathered from news reports and research papers into one sourced, navigable record. Every project, event, place and figure names the document it comes from and where in it.")
    String home_lede();

    @Message("{projects} {#when projects.plural('en')}{#is ONE}project{#else}projects{/when} · {places} {#when places.plural('en')}{#is ONE}place{#else}places{/when} · {events} dated {#when events.plural('en')}{#is ONE}event{#else}events{/when} · {sources} source {#when sources.plural('en')}{#is ONE}document{#else}documents{/when}")
    String home_totals(int projects, int places, int events, int sources);

    @Message("Cooperation between Northeast China and the Russian Far East")
    String home_page_title();

    @Message("Key figures")
    String key_figures();

    @Message("Latest events")
    String latest_events();

    @Message("The whole timeline, from the ancient Sushen to December 2024\u00a0→")
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

    @Message("Table, notes and CSV download\u00a0→")
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

    @Message("{count} {#when count.plural('en')}{#is ONE}project{#else}projects{/when} found{#if count > 0}, showing {first}–{last}{/if}.")
    String projects_found(int count, int first, int last);

    @Message("Project")
    String col_project();

    @Message("Years")
    String col_years();

    @Message("Pages")
    String pages();

    @Message("←\u00a0Previous")
    String previous();

    @Message("Next\u00a0→")
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

    @Message("{count} {#when count.plural('en')}{#is ONE}event{#else}events{/when}.")
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

    @Message("Supports {count} {#when count.plural('en')}{#is ONE}record{#else}records{/when}")
    String supports(int count);

    @Message("Statistical series from the sources, as printed, with charts, tables, notes and CSV downloads.")
    String data_lede();

    @Message("Unit as printed:")
    String unit_as_printed();

    @Message("Download CSV")
    String download_csv();

    @Message("Metadata (JSON)")
    String download_metadata();

    @Message("(values as printed)")
    String values_as_printed();

    @Message("Search the atlas")
    String search_label();

    @Message("Words, in English, Russian or Chinese")
    String search_words();

    @Message("{count} {#when count.plural('en')}{#is ONE}result{#else}results{/when} for “{q}”.")
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

    /** A project's status in the words its kind takes: a strategy is carried out (实施中), a pipeline operates (已投运). */
    @Message("{#when status}{#is PROPOSED}proposed{#is PLANNED}planned{#is APPROVED}approved{#is UNDER_CONSTRUCTION}under construction{#is OPERATIONAL}operational{#is SUSPENDED}suspended{/when}")
    String project_status(ProjectStatus status, ProjectKind kind);

    @Message("{#when kind}{#is PIPELINE}pipeline{#is BRIDGE}bridge{#is RAILWAY}railway{#is ROAD}road{#is PORT}port{#is AIR_ROUTE}air route{#is TRANSPORT_CORRIDOR}transport corridor{#is TRADE_ZONE}trade zone{#is INDUSTRIAL_PARK}industrial park{#is REFINERY}refinery{#is OIL_TERMINAL}oil terminal{#is TRANSMISSION_LINE}transmission line{#is CABLE}cable{#is EXPO}expo{#is PROGRAMME}programme{#is STRATEGY}strategy{/when}")
    String kind(ProjectKind kind);

    @Message("{#when sort}{#is NAME}name{#is START_YEAR}start year{#is STATUS}status{#is KIND}kind{/when}")
    String sort(ProjectSort sort);

    @Message("{#when status}{#is PROPOSED}proposed{#is PLANNED}proposed{#is APPROVED}pre-construction{#is UNDER_CONSTRUCTION}construction{#is OPERATIONAL}operating{#is SUSPENDED}shelved{/when}")
    String gem_status(ProjectStatus status);

    /** The status in the Global Energy Monitor's vocabulary, beside ours on a project page. */
    @Message("(Global Energy Monitor: {#when status}{#is PROPOSED}proposed{#is PLANNED}proposed{#is APPROVED}pre-construction{#is UNDER_CONSTRUCTION}construction{#is OPERATIONAL}operating{#is SUSPENDED}shelved{/when})")
    String gem_status_note(ProjectStatus status);

    @Message("{#when country}{#is CN}China{#is RU}Russia{#is MN}Mongolia{#is KP}North Korea{#is KR}South Korea{#is JP}Japan{#is PL}Poland{#is DE}Germany{#is NL}Netherlands{/when}")
    String country(Country country);

    @Message("{#when era}{#is ANTIQUITY}Antiquity to the early 19th century{#is TREATIES}Treaties and empire{#is SOVIET}The Soviet era{#is NORMALIZATION}Normalization and border trade{#is TURN_TO_THE_EAST}The turn to the East{/when}")
    String era(Era era);

    @Message("{#when type}{#is PROJECT}Project{#is EVENT}Event{#is PLACE}Place{#is ACTOR}Actor{#is PERSPECTIVE}Perspective{#is CHALLENGE}Challenge{#is RECOMMENDATION}Recommendation{#is KEY_FIGURE}Key figure{#is SERIES}Data series{#is SOURCE}Source{/when}")
    String record_type(RecordType type);

    @Message("{#when kind}{#is CITY}city{#is TOWN}town{#is VILLAGE}village{#is BORDER_CROSSING}border crossing{#is RIVER_PORT}river port{#is SEAPORT}seaport{#is AIRPORT}airport{#is OIL_FIELD}oil field{#is ISLAND}island{#is RIVER}river{#is REGION}region{#is COUNTRY}country{/when}")
    String place_kind(PlaceKind kind);

    @Message("{#when kind}{#is NEWS}news{#is FEATURE}feature{#is PAPER}paper{#is OFFICIAL}official{/when}")
    String source_kind(SourceKind kind);

    /** A headline figure as its source qualifies it ("more than 80"); the unit follows separately. */
    @Message("{#when qualifier}{#is MORE_THAN}more than {amount}{#is ABOUT}about {amount}{#is NEARLY}nearly {amount}{#is LESS_THAN}less than {amount}{#is UP_TO}up to {amount}{#else}{amount}{/when}")
    String qualified_figure(FigureQualifier qualifier, String amount);

    @Message("{#when category}{#is INSTITUTIONAL}institutional{#is INFRASTRUCTURE}infrastructure{#is ECONOMIC}economic{#is GEOPOLITICAL}geopolitical{#is SOCIAL}social{/when}")
    String challenge_category(ChallengeCategory category);

    @Message("{#when kind}{#is PERSON}person{#is GOVERNMENT}government{#is ORGANIZATION}organization{#is COMPANY}company{#is GROUP}group{/when}")
    String actor_kind(ActorKind kind);

    /** The language of a source's copy, from its BCP 47 code. */
    @Message("{#when code}{#is 'en'}English{#is 'ru'}Russian{#is 'zh'}Chinese{#else}{code}{/when}")
    String language_name(String code);

    /** Between a label and what it labels: "Sources: …". */
    @Message(": ")
    String label_sep();

    /** Between the items of a list of names: "Heihe, Harbin". */
    @Message(", ")
    String list_sep();

    /** Between a reference and its locator: "Song (2019), Table 1". */
    @Message(", ")
    String ref_sep();

    /** Between two citations: "…, Table 1; Zhang (2025), §2". */
    @Message("; ")
    String cite_sep();

    @Message("({text})")
    String in_parens(String text);

    /** A quotation kept in its printed wording, in the quotation marks of the page's language. */
    @Message("“{text}”")
    String quoted(String text);

    @Message("({role}, {when})")
    String role_when(String role, String when);

    @Message("{from}–{to}")
    String year_range(int from, int to);

    @Message("Period")
    String col_period();

    @Message("schema")
    String footer_schema();

    @Message("{lat.decimal('en')}° N, {lon.decimal('en')}° E")
    String coordinates_value(double lat, double lon);

    /** Marks record text the atlas translated itself from its English original. */
    @Message("translated by the atlas")
    String translated_mark();

    /** A quotation's translation, shown beside its printed wording. */
    @Message("The atlas's translation: “{text}”")
    String quote_translation(String text);

    @Message("The request could not be understood.")
    String error_400_message();

    @Message("Request not served")
    String error_other_heading();

    @Message("The request could not be served.")
    String error_other_message();

    @Message("The parameter '{name}' must be a slug (lowercase letters, digits and hyphens).")
    String error_param_slug(String name);

    @Message("The parameter '{name}' must be one of: {choices}.")
    String error_param_choice(String name, String choices);

    @Message("The parameter '{name}' must be between {min} and {max}.")
    String error_param_range(String name, int min, int max);

    @Message("The parameter '{name}' must be a whole number.")
    String error_param_whole(String name);

    @Message("The parameter '{name}' is too long ({max} characters at most).")
    String error_param_too_long(String name, int max);

    @Message("There is no {name} '{value}'.")
    String error_param_unknown(String name, String value);

    // ---- the map ---------------------------------------------------------------------------------------------

    @Message("Places and cross-border links named in the sources")
    String map_home_title();

    @Message("{theme}: places and links")
    String map_theme_title(String theme);

    /** Country names as the map writes them across the land. */
    @Message("{#when code}{#is 'RU'}RUSSIA{#is 'CN'}CHINA{#is 'MN'}MONGOLIA{#is 'KP'}N. KOREA{#is 'KR'}S. KOREA{#is 'JP'}JAPAN{#else}{code}{/when}")
    String map_country(String code);

    @Message("{#when key}{#is 'japan'}Sea of Japan{#is 'okhotsk'}Sea of Okhotsk{#else}{key}{/when}")
    String map_sea(String key);

    @Message("{#when id}{#is 'amur'}Amur{#is 'ussuri'}Ussuri{#is 'songhua'}Songhua{#is 'argun'}Argun{#is 'hailar'}Hailar{#is 'liao'}Liao{#else}{id}{/when}")
    String map_river(String id);

    @Message("{#when id}{#is 'khanka'}Lake Khanka{#is 'hulun'}Hulun Lake{#is 'buir'}Buir Lake{#else}{id}{/when}")
    String map_lake(String id);

    @Message("China–Russia boundary")
    String map_boundary();

    @Message("River")
    String map_river_legend();

    @Message("{km} km")
    String map_distance(String km);

    @Message("Outline: Natural Earth (public domain)")
    String map_credit();

    @Message("{degrees}°E")
    String map_east(int degrees);

    @Message("{degrees}°W")
    String map_west(int degrees);

    @Message("{degrees}°N")
    String map_north(int degrees);

    @Message("{degrees}°S")
    String map_south(int degrees);

    @Message("{from}–{to}°E")
    String map_east_range(String from, String to);

    @Message("{from}–{to}°N")
    String map_north_range(String from, String to);

    @Message("Map of the China–Russia border region, {lon}, {lat}, with the Amur, Ussuri and other rivers")
    String map_description(String lon, String lat);

    @Message("{count} {#when count.plural('en')}{#is ONE}place{#else}places{/when}: {names}")
    String map_places(int count, String names);

    @Message("{count} {#when count.plural('en')}{#is ONE}route{#else}routes{/when}: {names}")
    String map_routes(int count, String names);

    /** Between the parts of the map's description. */
    @Message("; ")
    String map_part_sep();

    /** Ends a sentence of a longer description; the description is trimmed after its last sentence. */
    @Message("{text}. ")
    String sentence(String text);

    // ---- charts ----------------------------------------------------------------------------------------------

    @Message("Year")
    String chart_year();

    /** A point's tooltip on a line chart. */
    @Message("{line}, {year}: {value}")
    String chart_point(String line, int year, String value);

    @Message("{measure} ({period})")
    String chart_bar_label(String measure, String period);

    @Message("{label} ({unit}): {values}")
    String chart_measure_values(String label, String unit, String values);

    @Message("{period} {value}")
    String chart_value(String period, String value);

    @Message("Bars are drawn to one scale in {unit}; values are as printed.")
    String chart_common_scale(String unit);

    /** The legend's dashed sample: lines join the places the sources name; their routes are not known. */
    @Message("Dashed: schematic link, route not known")
    String map_schematic();

    @Message("(continues to {places}, off the map)")
    String map_continues(String places);

    @Message("On this map")
    String map_list_heading();

    @Message("Lines (numbered on the map)")
    String map_list_lines();

    @Message("Projects at places (squares on the map)")
    String map_list_sites();

    @Message("Places")
    String map_list_places();

    @Message("{project}: its places")
    String map_project_title(String project);

    @Message("{project}: the regions it spans")
    String map_project_areas_title(String project);

    @Message("Across whole regions (drawn on their own pages)")
    String map_list_regions();

    @Message("These projects' places are whole regions or countries. Each is drawn on its own page, its regions hatched; drawn together here they would cover one another and the places.")
    String map_not_drawn();

    /** The legend's hatched sample: a project across whole regions, not at a site in them. */
    @Message("Hatched: across the whole region")
    String map_area_legend();

    @Message("Across whole regions (hatched on the map)")
    String map_list_areas();

    /** A project across regions, in the map's description read by screen readers. */
    @Message("{project} (across {regions})")
    String map_across(String project, String regions);

    @Message("Compare two years")
    String compare_heading();

    @Message("First year")
    String compare_from();

    @Message("Second year")
    String compare_to();

    @Message("Compare")
    String compare_submit();

    @Message("Measure")
    String compare_measure();

    @Message("Change")
    String compare_change();

    @Message("Change in %")
    String compare_relative();

    @Message("percentage points")
    String compare_points();

    @Message("{from} and {to}, from the values as printed")
    String compare_caption(int from, int to);

    @Message("These figures cover different periods or are cumulative and yearly, so no chart draws them to one scale; the table below lists them.")
    String chart_periods_differ();

    @Message("Filter and sort")
    String filters_summary();

    @Message("Show all {count}")
    String show_all(int count);

    @Message("Show 20 a page")
    String show_paged();

    @Message("Download this list as CSV")
    String download_list_csv();

    @Message("Projects without years")
    String label_undated();

    @Message("left out by a year filter")
    String undated_exclude();

    @Message("kept with a year filter")
    String undated_include();

    @Message("undated")
    String undated();

    @Message("from {year}")
    String year_started(int year);

    @Message("completed {year}")
    String year_completed(int year);

    @Message("{count} projects without years are left out by the year filter.")
    String undated_left_out(int count);

    @Message("The atlas by theme: each gathers its projects, figures, charts, events, challenges, positions and sources.")
    String themes_lede();

    @Message("Printed from:")
    String print_address();

    @Message("Dataset version:")
    String print_version();
    @Message("About")
    String footer_about();

    @Message("Download data")
    String footer_download();

    @Message("Feed")
    String footer_feed();

    @Message("About the atlas")
    String about_title();

    @Message("What the atlas is, how its records are made, which version of the data you are reading, how you may reuse it, and what changed between releases.")
    String about_lede();

    @Message("What it is")
    String about_what_h();

    @Message("The atlas gathers what news reports and research papers say about cooperation between Northeast China, above all Heilongjiang, and the Russian Far East: projects, places, events, statistical series, positions, challenges and recommendations. It is a record of what its sources state, in English, Russian and Chinese, not a forecast or a judgement.")
    String about_what();

    @Message("Method")
    String about_method_h();

    @Message("Every record is written from the source documents, paragraph by paragraph. Each project, event, place, figure, position, challenge and recommendation cites at least one source and the place in it (a section, table or paragraph). Summaries are written in the atlas's own words; positions are attributed to whoever holds them, with short quotations where the source gives them.")
    String about_method_records();

    @Message("A figure is the value its source printed, in the unit as printed and with the source's own hedge (more than, about, nearly, up to). The atlas never invents, estimates or converts a figure. Dates are only as precise as their source.")
    String about_method_figures();

    @Message("An editorial note is the atlas's own comment on a record, marked as such: where a source is ambiguous or looks wrong (a unit that does not fit its values, a growth rate that does not follow from them, a name garbled in translation), the printed value stays and the note says what is wrong and why.")
    String about_editorial_note();

    @Message("Dataset version")
    String about_version_h();

    @Message("You are reading dataset version {version}, released on {date}. Every page and download of this version says so, and the same address always shows the same data until the next release.")
    String about_version(String version, String date);

    @Message("Licence")
    String about_licence_h();

    @Message("The atlas's own data and texts (its records, summaries, notes and translations) may be shared and adapted for any purpose, provided you credit the atlas, under this licence:")
    String about_licence();

    @Message("The source documents keep their own rights: the atlas holds only their references, the places of the passages it uses and short quotations.")
    String about_source_rights();

    @Message("How to cite")
    String about_cite_h();

    @Message("Cite the atlas with the version you used:")
    String about_cite();

    @Message("Reference for your reference manager:")
    String cite_download();

    @Message("Open data")
    String about_data_h();

    @Message("The whole dataset, one table per kind of record with citations and translations, as a Frictionless data package with a README:")
    String about_data();

    @Message("Download the data package (ZIP)")
    String download_data();

    @Message("Places (GeoJSON)")
    String download_places_geojson();

    @Message("Projects and their routes (GeoJSON)")
    String download_projects_geojson();

    @Message("Latest events and dataset changes (Atom feed)")
    String feed_link();

    @Message("Changelog")
    String about_changelog_h();

    @Message("The changelog is kept in English.")
    String about_changelog_lang();

    @Message("Release {version} ({date})")
    String release_heading(String version, String date);

    @Message("Cite this record")
    String cite_record_h();

    @Message("{title}. In: Amur–Heilongjiang Cooperation Atlas, dataset version {version}. {url}")
    String cite_record(String title, String version, String url);

    @Message("Embed this chart")
    String embed_h();

    @Message("Copy this code into your page; the chart comes with its title, sources and licence.")
    String embed_hint();

    @Message("Code to embed the chart")
    String embed_code();

    @Message("Chart as SVG")
    String download_svg();

    @Message("Source: {sources}")
    String chart_sources(String sources);

    @Message("{site}, dataset version {version}. Licence: CC BY 4.0")
    String chart_licence(String site, String version);

    @Message("Open in the atlas")
    String embed_open();

    @Message("Latest events in the atlas and changes to its dataset.")
    String feed_subtitle();

    @Message("Dataset release {version}")
    String feed_release(String version);

    @Message("{title} ({year}). Dataset version {version}. {url}")
    String dataset_citation(String title, int year, String version, String url);
}
