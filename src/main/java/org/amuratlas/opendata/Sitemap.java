package org.amuratlas.opendata;

import java.util.ArrayList;
import java.util.List;
import org.amuratlas.chart.XmlText;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.LanguageLinks;
import org.amuratlas.read.Atlas;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): every page of the atlas in each of its languages, each listing all its
 * language versions and the x-default as {@code xhtml:link rel="alternate" hreflang}, as search engines ask. The
 * last modification of every page is the dataset's release.
 */
final class Sitemap {

    static final String MEDIA_TYPE = "application/xml; charset=UTF-8";

    private Sitemap() {
    }

    /** The unprefixed paths of every page, the fixed ones first, then one per record that has a page. */
    static List<String> pages(Atlas atlas) {
        List<String> paths = new ArrayList<>(List.of("/", "/projects", "/places", "/timeline", "/data", "/sources",
                "/search", "/about"));
        atlas.themes().forEach(theme -> paths.add("/themes/" + theme.slug()));
        atlas.projects().forEach(project -> paths.add("/projects/" + project.slug()));
        atlas.places().forEach(place -> paths.add("/places/" + place.slug()));
        atlas.series().forEach(series -> paths.add("/data/" + series.slug()));
        return paths;
    }

    static String write(List<String> pages, AtlasIdentity identity) {
        String base = identity.siteUrl();
        String lastModified = identity.version();
        StringBuilder xml = new StringBuilder(pages.size() * 1200);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String path : pages) {
            List<LanguageLinks.Alternate> alternates = LanguageLinks.alternates(base, path, null);
            for (Language language : Language.values()) {
                xml.append("  <url>\n    <loc>").append(XmlText.escape(base + LanguageLinks.href(language, path, null)))
                        .append("</loc>\n    <lastmod>").append(lastModified).append("</lastmod>\n");
                for (LanguageLinks.Alternate alternate : alternates) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.hreflang())
                            .append("\" href=\"").append(XmlText.escape(alternate.href())).append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }
}
