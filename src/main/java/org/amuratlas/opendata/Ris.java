package org.amuratlas.opendata;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes a reference as an RIS record (the tagged format of EndNote, Zotero, Mendeley): one "TAG  - value" line
 * each, CRLF, ending with ER. A value never spans lines.
 */
final class Ris {

    static final String MEDIA_TYPE = "application/x-research-info-systems; charset=UTF-8";

    private Ris() {
    }

    static String write(CitationEntry entry) {
        StringBuilder ris = new StringBuilder();
        tag(ris, "TY", switch (entry.kind()) {
            case JOURNAL_ARTICLE -> "JOUR";
            case NEWS_ARTICLE -> "NEWS";
            case REPORT -> "RPRT";
            case DATASET -> "DATA";
        });
        tag(ris, "ID", entry.key());
        for (String author : entry.authors()) {
            tag(ris, "AU", author);
        }
        if (entry.authors().isEmpty() && entry.corporateAuthor() != null) {
            tag(ris, "AU", entry.corporateAuthor());
        }
        tag(ris, "TI", entry.title());
        tag(ris, "T2", entry.container());
        tag(ris, "VL", entry.volume());
        tag(ris, "IS", entry.issue());
        tag(ris, "SP", entry.firstPage());
        tag(ris, "EP", entry.lastPage());
        tag(ris, "PY", Integer.toString(entry.year()));
        tag(ris, "DA", entry.date() == null ? entry.year() + "///" : date(entry.date()));
        tag(ris, "ET", entry.version());
        tag(ris, "DO", entry.doi());
        tag(ris, "UR", entry.url());
        tag(ris, "Y2", entry.accessed() == null ? null : date(entry.accessed()));
        tag(ris, "LA", entry.language());
        tag(ris, "N1", entry.note());
        ris.append("ER  - \r\n");
        return ris.toString();
    }

    private static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%04d/%02d/%02d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static void tag(StringBuilder ris, String tag, String value) {
        if (value != null) {
            ris.append(tag).append("  - ").append(value.replaceAll("[\\r\\n\\t]+", " ").strip()).append("\r\n");
        }
    }
}
