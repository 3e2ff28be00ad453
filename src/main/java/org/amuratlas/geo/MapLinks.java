package org.amuratlas.geo;

import java.util.Locale;
import org.amuratlas.chart.XmlText;

/** Links on the map: places and routes lead to their pages; only safe targets are linked. */
final class MapLinks {

    private MapLinks() {
    }

    static void open(StringBuilder out, String href) {
        String safe = safeHref(href);
        if (safe != null) {
            out.append("<a href=\"").append(XmlText.escape(safe)).append("\">");
        }
    }

    static void close(StringBuilder out, String href) {
        if (safeHref(href) != null) {
            out.append("</a>");
        }
    }

    /** Relative links and http(s)/mailto only: a "javascript:" or "data:" href is dropped (the item is drawn unlinked). */
    static String safeHref(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        int colon = h.indexOf(':');
        int slash = h.indexOf('/');
        int query = h.indexOf('?');
        int hash = h.indexOf('#');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (query < 0 || colon < query) && (hash < 0 || colon < hash);
        if (!hasScheme) {
            return h;
        }
        String scheme = h.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? h : null;
    }
}
