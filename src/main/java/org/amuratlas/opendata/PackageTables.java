package org.amuratlas.opendata;

import static org.amuratlas.opendata.PackageTable.ForeignKey.of;

import java.util.ArrayList;
import java.util.List;
import org.amuratlas.opendata.PackageTable.ForeignKey;

/**
 * Every table of the dataset as the data package publishes it: the record tables, the join tables between them,
 * each record kind's citations, the series' measures and observations, and the translations. The order is the
 * order of the package's resources: a table comes after the tables it refers to.
 */
final class PackageTables {

    private PackageTables() {
    }

    static List<PackageTable> all() {
        List<PackageTable> tables = new ArrayList<>();
        tables.add(record("theme", "Themes of the atlas, in display order.",
                "slug", "title", "display_order", "intro", "overview"));
        // seed_file, the curators' working copy of each document, is not published
        tables.add(record("source", "The documents the atlas is built from; every record cites at least one.",
                "slug", "title", "authors", "outlet", "bibliographic", "kind", "published_on", "published_year",
                "date_label", "doi", "url", "language", "summary", "note"));
        tables.add(record("place", "Cities, border crossings, ports, fields and regions, named in English, Russian and"
                + " Chinese; coordinates in WGS 84 degrees (the approximate centre of a region). A region's or"
                + " country's outline lists the ISO 3166 codes of the areas the atlas's map shades for it (CN-HL,"
                + " RU-AMU; CN), space-separated.",
                "slug", "name_en", "name_ru", "name_zh", "kind", "country", "region", "latitude", "longitude",
                "outline", "summary", "note"));
        tables.add(record("actor", "Governments, companies, organisations and people named in the records.",
                "slug", "name", "kind", "country", "role"));
        tables.add(record("project", "Cross-border undertakings: pipelines, bridges, railways, ports, trade zones,"
                + " programmes. The headline figure (capacity) is as printed, with its unit and qualifier.",
                "slug", "name", "kind", "status", "status_as_of", "start_year", "completion_year", "capacity",
                "capacity_unit", "capacity_qualifier", "capacity_note", "summary", "note"));
        tables.add(join("project_theme", "The themes of each project.", "project_slug", "project", "theme_slug", "theme"));
        tables.add(new PackageTable("project_place", "The places of each project, in route order (seq).",
                List.of("project_slug", "seq", "place_slug"), List.of("project_slug", "seq"),
                List.of(of("project_slug", "project"), of("place_slug", "place"))));
        tables.add(record("event", "Dated happenings. The date is as precise as its source (precision); sort_year"
                + " orders the timeline.",
                "slug", "title", "kind", "precision", "sort_year", "event_month", "event_day", "summary", "note"));
        tables.add(join("event_theme", "The themes of each event.", "event_slug", "event", "theme_slug", "theme"));
        tables.add(join("event_place", "The places of each event.", "event_slug", "event", "place_slug", "place"));
        tables.add(join("event_project", "The projects of each event.", "event_slug", "event", "project_slug", "project"));
        tables.add(join("event_actor", "The actors of each event.", "event_slug", "event", "actor_slug", "actor"));
        tables.add(new PackageTable("perspective", "Attributed positions: what an actor said or holds, with a short"
                + " quote where the source gives one. The atlas reports positions; it takes none.",
                List.of("slug", "actor_slug", "stated_when", "summary", "quote"), List.of("slug"),
                List.of(of("actor_slug", "actor"))));
        tables.add(join("perspective_theme", "The themes of each perspective.", "perspective_slug", "perspective",
                "theme_slug", "theme"));
        tables.add(record("challenge", "Obstacles to cooperation that the sources name.",
                "slug", "title", "category", "summary"));
        tables.add(join("challenge_theme", "The themes of each challenge.", "challenge_slug", "challenge",
                "theme_slug", "theme"));
        tables.add(new PackageTable("recommendation", "Proposals made in the sources, with who proposed them.",
                List.of("slug", "title", "proposed_by_slug", "summary"), List.of("slug"),
                List.of(of("proposed_by_slug", "actor"))));
        tables.add(join("recommendation_theme", "The themes of each recommendation.", "recommendation_slug",
                "recommendation", "theme_slug", "theme"));
        tables.add(new PackageTable("key_figure", "Headline figures, each as printed (value, unit, qualifier),"
                + " with the date it refers to (as_of).",
                List.of("slug", "theme_slug", "project_slug", "place_slug", "label", "figure_value", "qualifier",
                        "unit", "as_of", "note", "featured", "display_order"),
                List.of("slug"),
                List.of(of("theme_slug", "theme"), of("project_slug", "project"), of("place_slug", "place"))));
        tables.add(new PackageTable("series", "Statistical series: the unit as printed and the editorial unit note.",
                List.of("slug", "title", "theme_slug", "description", "unit_as_printed", "unit_note", "display_order"),
                List.of("slug"), List.of(of("theme_slug", "theme"))));
        tables.add(new PackageTable("series_measure", "The measures of each series (code), in display order (seq),"
                + " with their unit and chart group.",
                List.of("series_slug", "code", "seq", "label", "unit", "percent", "chart_group", "common_unit",
                        "to_common_unit"),
                List.of("series_slug", "code"), List.of(of("series_slug", "series"))));
        tables.add(new PackageTable("series_observation", "The values of each series, as printed, one per measure and"
                + " period; a note explains a value the atlas questions.",
                List.of("series_slug", "measure_code", "period_year", "period_label", "observed_value", "qualifier",
                        "note"),
                List.of("series_slug", "measure_code", "period_year"),
                List.of(of("series_slug", "series"), new ForeignKey(List.of("series_slug", "measure_code"),
                        "series_measure", List.of("series_slug", "code")))));
        for (String cited : List.of("project", "event", "place", "actor", "perspective", "challenge",
                "recommendation", "key_figure", "series")) {
            tables.add(new PackageTable(cited + "_citation", "Where each " + cited.replace('_', ' ')
                    + " comes from: a source and the place in it (locator: section, table, paragraph).",
                    List.of(cited + "_slug", "source_slug", "locator"), List.of(cited + "_slug", "source_slug", "locator"),
                    List.of(of(cited + "_slug", cited), of("source_slug", "source"))));
        }
        tables.add(new PackageTable("translation", "The Russian (ru) and Chinese (zh) text of a record's field; the"
                + " English original is in the record's own table. record_type names that table and record_slug the"
                + " record (a series measure as <series>:<code>, an observation as <series>:<measure>:<year>).",
                List.of("record_type", "record_slug", "field", "lang", "text"),
                List.of("record_type", "record_slug", "field", "lang"), List.of()));
        return List.copyOf(tables);
    }

    private static PackageTable record(String name, String description, String... columns) {
        return new PackageTable(name, description, List.of(columns), List.of("slug"), List.of());
    }

    private static PackageTable join(String name, String description, String field, String table, String otherField,
            String otherTable) {
        return new PackageTable(name, description, List.of(field, otherField), List.of(field, otherField),
                List.of(of(field, table), of(otherField, otherTable)));
    }
}
