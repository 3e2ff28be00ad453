package org.amuratlas.ops;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every page reachable by links from a start page, in one language: each href and src that stays on the site
 * is followed (pages, downloads, stylesheets, icons), with {@code lang} set on every URL, as a reader who chose the
 * language would see them. The operations endpoints and GraphiQL's bundled assets are not part of the site's pages.
 */
final class SiteCrawler {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final int MAX_URLS = 3000;

    private final String language;

    SiteCrawler(String language) {
        this.language = language;
    }

    /**
     * Walks the site breadth first. {@code fetch} answers a URL with its HTML body (or null for anything that is not
     * HTML), and is called once per URL, in a stable order.
     */
    Set<String> crawl(String start, Function<String, String> fetch) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        String first = withLanguage(start);
        seen.add(first);
        queue.add(first);
        while (!queue.isEmpty()) {
            if (seen.size() > MAX_URLS) {
                throw new IllegalStateException("more than " + MAX_URLS + " URLs: the crawl does not converge");
            }
            String url = queue.poll();
            String html = fetch.apply(url);
            if (html == null) {
                continue;
            }
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String target = onSite(url, links.group(1).replace("&amp;", "&"));
                if (target != null && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        return seen;
    }

    /** The link as a path and query with this crawl's language, or null if it leaves the site's pages. */
    private String onSite(String from, String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("//")) {
            return null;
        }
        URI resolved = URI.create("http://site" + from).resolve(href.replace(" ", "%20"));
        if (!"site".equals(resolved.getHost())) {
            return null; // another host: a DOI, a publisher
        }
        String path = resolved.getRawPath();
        if (path.startsWith("/q/") || path.startsWith("/graphql-ui")) {
            return null;
        }
        String query = resolved.getRawQuery();
        return withLanguage(query == null ? path : path + "?" + query);
    }

    private String withLanguage(String pathAndQuery) {
        int mark = pathAndQuery.indexOf('?');
        String path = mark < 0 ? pathAndQuery : pathAndQuery.substring(0, mark);
        String query = mark < 0 ? "" : pathAndQuery.substring(mark + 1);
        String kept = Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !URLDecoder.decode(p.split("=", 2)[0], StandardCharsets.UTF_8).equals("lang"))
                .collect(Collectors.joining("&"));
        String lang = "lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
        return path + "?" + (kept.isEmpty() ? lang : kept + "&" + lang);
    }
}
