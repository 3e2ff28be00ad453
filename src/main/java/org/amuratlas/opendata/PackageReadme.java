package org.amuratlas.opendata;

import java.util.List;
import org.amuratlas.read.Series;

/** The package's README.md (what it is, contents, how to cite, licence, caveats, unit notes) and its LICENSE. */
final class PackageReadme {

    private PackageReadme() {
    }

    static String write(AtlasIdentity atlas, List<SourceRef> sources, List<TableExport.Rows> tables,
            List<Series> series) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# ").append(AtlasIdentity.TITLE).append(": data package\n\n");
        md.append("Dataset version ").append(atlas.version()).append(" (named after the day of its release). Published at ").append(atlas.siteUrl()).append("/ (this package: ")
                .append(atlas.siteUrl()).append("/data/atlas.zip).\n\n");
        md.append("## What it is\n\n").append(AtlasIdentity.DESCRIPTION).append("\n\n");
        md.append("""
                This is the whole dataset as a [Frictionless Data Package](https://specs.frictionlessdata.io/): \
                `datapackage.json` describes every table (field types, required fields, primary and foreign keys), \
                and `data/` holds one CSV file per table (UTF-8, comma-separated, CRLF line ends, a header row, an \
                empty cell for a value the record does not have). Any Frictionless tool reads it, e.g. \
                `frictionless validate datapackage.json` or, in Python, `frictionless.Package("datapackage.json")`.

                The record tables (`theme`, `source`, `place`, `actor`, `project`, `event`, `perspective`, \
                `challenge`, `recommendation`, `key_figure`, `series`) are keyed by `slug`, the identifier used in \
                the site's addresses and in its GraphQL API. Join tables link them (`project_place` in route order), \
                every `<record>_citation` table names the source and the place in it (`locator`) for each record, \
                and `translation` holds the Russian and Chinese text of every field whose English original is in \
                the record tables.

                """);
        md.append("## Contents\n\n| file | rows | what |\n| --- | ---: | --- |\n");
        for (TableExport.Rows rows : tables) {
            md.append("| `data/").append(rows.table().name()).append(".csv` | ").append(rows.rows().size())
                    .append(" | ").append(rows.table().description().replace("|", "\\|")).append(" |\n");
        }
        md.append("\n## How to cite\n\n");
        md.append(AtlasIdentity.TITLE).append(" (").append(atlas.releaseDate().getYear()).append("). Dataset version ")
                .append(atlas.version()).append(". ").append(atlas.siteUrl()).append("/. Licence: ")
                .append(AtlasIdentity.LICENCE_TITLE).append(" (").append(AtlasIdentity.LICENCE_ID).append(").\n\n");
        md.append("The same in BibTeX, RIS and CSL-JSON: ").append(atlas.siteUrl()).append("/about/cite.bib, ")
                .append("/about/cite.ris, /about/cite.csl.json. Each source document has its own at ")
                .append("/sources/<slug>.bib (.ris, .csl.json). When you use a figure or a statement, please cite the ")
                .append("source document it comes from as well: its `*_citation` rows name it and the place in it.\n\n");
        md.append("## Licence\n\n");
        md.append("""
                The atlas's own data and texts (the records and their structure, summaries, notes, editorial notes \
                and translations) are published under the Creative Commons Attribution 4.0 International licence \
                (CC BY 4.0, see LICENSE): you may share and adapt them for any purpose, provided you credit the \
                atlas as above. The source documents keep their own rights. The package holds only their \
                bibliographic references, the locators of the passages used, and short quotations (the `quote` \
                column of `perspective` and quoted words within summaries); it does not contain the documents.

                ## Caveats

                - Every figure is the value its source printed, with the unit as printed and the source's hedge in \
                the qualifier column (`MORE_THAN`, `ABOUT`, `NEARLY`, `LESS_THAN`, `UP_TO`, `EXACT`). The atlas \
                never converts or estimates a figure. Where a source looks wrong, the printed value stays and a note \
                beginning "Editorial note" explains; read the notes before comparing values.
                - Dates are only as precise as their source (`event.precision`: day, month, year, decade, century); \
                `sort_year` only orders the timeline.
                - Statuses are as of the date in `status_as_of`, as the sources report them, not as of this release.
                - Coordinates are approximate, for maps at the scale of the border region; a region's point is near \
                its centre.
                - English is the original of every text. The Russian and Chinese texts are the atlas's own \
                translations; a field without a translation row is shown in English on the site.
                - The dataset is built from the documents listed below and makes no claim to completeness: a project \
                or a figure that they do not mention is not in it.

                """);
        md.append("## Unit notes\n\n");
        for (Series s : series) {
            md.append("- **").append(s.title().english()).append("** (`").append(s.slug()).append("`): unit as printed \"")
                    .append(s.unitAsPrinted().english()).append("\".");
            if (s.unitNote() != null) {
                md.append(' ').append(s.unitNote().english());
            }
            md.append('\n');
        }
        md.append("\n## Sources\n\n");
        for (SourceRef source : sources) {
            md.append("- ").append(source.reference()).append('\n');
        }
        return md.toString();
    }

    static String licence(AtlasIdentity atlas) {
        return AtlasIdentity.TITLE + ", dataset version " + atlas.version() + "\n\n"
                + """
                The atlas's own data and texts in this package (the records and their structure, summaries, notes, \
                editorial notes and translations) are licensed under the Creative Commons Attribution 4.0 \
                International licence (CC BY 4.0).

                You are free to share (copy and redistribute the material in any medium or format) and adapt (remix, \
                transform and build upon the material) for any purpose, even commercially, under this term: \
                attribution (give appropriate credit, provide a link to the licence, and indicate if changes were \
                made).

                Summary: https://creativecommons.org/licenses/by/4.0/
                Legal code: https://creativecommons.org/licenses/by/4.0/legalcode

                The source documents the atlas cites are not covered by this licence and keep their own rights. \
                The package contains only their bibliographic references, the locators of the passages used and \
                short quotations from them.
                """;
    }
}
