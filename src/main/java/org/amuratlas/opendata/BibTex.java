package org.amuratlas.opendata;

import java.util.stream.Collectors;

/**
 * Writes a reference as a BibTeX entry: {@code @article} for journal papers, {@code @techreport} for reports,
 * {@code @misc} for news items and the dataset (classic BibTeX styles know no @online or @dataset). Text fields are
 * escaped for LaTeX (the ten special characters) and braced so that styles keep their capitals; UTF-8 is kept as is
 * (biber and bibtexu read it). URLs and DOIs are written verbatim, as the url package expects.
 */
final class BibTex {

    static final String MEDIA_TYPE = "application/x-bibtex; charset=UTF-8";

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private BibTex() {
    }

    static String write(CitationEntry entry) {
        String type = switch (entry.kind()) {
            case JOURNAL_ARTICLE -> "article";
            case REPORT -> "techreport";
            case NEWS_ARTICLE, DATASET -> "misc";
        };
        StringBuilder bib = new StringBuilder("@").append(type).append('{').append(entry.key()).append(",\n");
        if (!entry.authors().isEmpty()) {
            field(bib, "author", entry.authors().stream().map(BibTex::escape).collect(Collectors.joining(" and ")));
        } else if (entry.corporateAuthor() != null) {
            field(bib, "author", "{" + escape(entry.corporateAuthor()) + "}");
        }
        field(bib, "title", "{" + escape(entry.title()) + "}");
        if (entry.container() != null) {
            field(bib, switch (entry.kind()) {
                case JOURNAL_ARTICLE -> "journal";
                case REPORT -> "institution";
                default -> "howpublished";
            }, escape(entry.container()));
        }
        field(bib, "volume", escape(entry.volume()));
        field(bib, "number", escape(entry.issue()));
        field(bib, "pages", entry.pages() == null ? null : escape(entry.pages().replace("–", "--")));
        field(bib, "year", Integer.toString(entry.year()));
        if (entry.date() != null) {
            bib.append("  month = ").append(MONTHS[entry.date().getMonthValue() - 1]).append(",\n");
        }
        field(bib, "version", escape(entry.version()));
        field(bib, "doi", verbatim(entry.doi()));
        field(bib, "url", verbatim(entry.url()));
        field(bib, "urldate", entry.accessed() == null ? null : entry.accessed().toString());
        field(bib, "language", escape(entry.language()));
        field(bib, "note", escape(entry.note()));
        bib.setLength(bib.length() - 2); // the last field's comma
        return bib.append("\n}\n").toString();
    }

    private static void field(StringBuilder bib, String name, String value) {
        if (value != null) {
            bib.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** LaTeX's special characters as commands, so that the text prints as written and the braces stay balanced. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** URLs and DOIs as printed; a brace or backslash (never in a valid URL) is percent-encoded to keep the field whole. */
    private static String verbatim(String url) {
        return url == null ? null : url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }
}
