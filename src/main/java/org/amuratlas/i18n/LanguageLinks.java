package org.amuratlas.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * Addresses of a page in each language: the language switcher (which keeps the page's query, so a filtered catalogue
 * stays filtered), the {@code <link rel="alternate" hreflang>} set that search engines read (each version lists
 * itself, the others and an x-default), and links inside a page that keep the reader's language.
 *
 * <p>A page's address in a language is its path behind the language's prefix ({@code /zh/search?q=Heihe}). The
 * unprefixed address is the x-default: it serves the language the browser asks for. From the query, {@code lang}
 * is dropped (the prefix says it) and so are empty parameters ({@code theme=&status=} mean "any" and only make a
 * shared address longer).
 */
public final class LanguageLinks {

    /** One version of a page. */
    public record Alternate(String hreflang, String href) {
    }

    private LanguageLinks() {
    }

    /**
     * @param path an unprefixed path, e.g. {@code /projects}
     * @param rawQuery the query as received (still percent-encoded), or {@code null}
     */
    public static String href(Language language, String path, String rawQuery) {
        return prefixed(language, path) + query(rawQuery);
    }

    /** The unprefixed address, whose language the browser decides. */
    public static String negotiated(String path, String rawQuery) {
        return normalised(path) + query(rawQuery);
    }

    /**
     * Every language's version and the x-default, each behind {@code base} (the site's public address, e.g.
     * {@code https://atlas.example.org}, or "" for addresses relative to the host).
     */
    public static List<Alternate> alternates(String base, String path, String rawQuery) {
        List<Alternate> alternates = new ArrayList<>();
        for (Language language : Language.values()) {
            alternates.add(new Alternate(language.tag, base + href(language, path, rawQuery)));
        }
        alternates.add(new Alternate("x-default", base + negotiated(path, rawQuery)));
        return List.copyOf(alternates);
    }

    /** A link from a page in {@code language} to another page of the atlas, e.g. (ru, /timeline) → /ru/timeline. */
    public static String link(Language language, String target) {
        int query = target.indexOf('?');
        return query < 0 ? prefixed(language, target) : prefixed(language, target.substring(0, query)) + target.substring(query);
    }

    /** A query without {@code lang} and empty parameters: "?theme=energy", or "" when nothing is left. */
    public static String pageQuery(String rawQuery) {
        return query(rawQuery);
    }

    private static String prefixed(Language language, String path) {
        return "/" + language.code + normalised(path);
    }

    private static String normalised(String path) {
        return path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            boolean empty = equals < 0 ? pair.isEmpty() : equals == pair.length() - 1;
            if (!empty && !name.equals("lang")) {
                kept.append(kept.isEmpty() ? '?' : '&').append(pair);
            }
        }
        return kept.toString();
    }
}
