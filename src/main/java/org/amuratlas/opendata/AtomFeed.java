package org.amuratlas.opendata;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.ZoneOffset;
import java.util.List;
import org.amuratlas.chart.XmlText;
import org.amuratlas.i18n.DateText;
import org.amuratlas.i18n.LanguageLinks;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Event;
import org.amuratlas.web.AtlasMessages;

/**
 * The Atom 1.0 feed (RFC 4287) of one language: the dataset's releases, from the changelog (in English), and the
 * latest dated events of the timeline. Every date in it comes from the data: the feed and every entry are "updated"
 * at the dataset's release (an event is dated in its title, only as precisely as its source), so replicas agree.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml; charset=UTF-8";
    static final int EVENTS = 20;

    private AtomFeed() {
    }

    static String write(Atlas atlas, org.amuratlas.i18n.Language language, DateText dates, AtlasIdentity identity,
            List<Changelog.Release> releases) {
        AtlasMessages msg = MessageBundles.get(AtlasMessages.class, Localized.Literal.of(language.code));
        String updated = identity.releasedAt();
        String base = identity.siteUrl();
        StringBuilder xml = new StringBuilder(16384);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language.tag).append("\">\n");
        element(xml, "id", base + LanguageLinks.href(language, "/feed.atom", null));
        element(xml, "title", msg.site_title());
        element(xml, "subtitle", msg.feed_subtitle());
        element(xml, "updated", updated);
        xml.append("  <author><name>").append(XmlText.escape(msg.site_title())).append("</name><uri>")
                .append(XmlText.escape(base + "/")).append("</uri></author>\n");
        link(xml, "self", base + LanguageLinks.href(language, "/feed.atom", null), "application/atom+xml");
        link(xml, "alternate", base + LanguageLinks.href(language, "/", null), "text/html");
        element(xml, "rights", msg.chart_licence(msg.site_title(), identity.version()));
        for (Changelog.Release release : releases) {
            xml.append("  <entry xml:lang=\"en\">\n");
            element(xml, "id", base + "/about#release-" + release.version());
            element(xml, "title", msg.feed_release(release.version()));
            element(xml, "updated", release.date().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
            link(xml, "alternate", base + LanguageLinks.href(language, "/about", null) + "#release-"
                    + release.version(), "text/html");
            xml.append("    <content type=\"html\">").append(XmlText.escape(release.html())).append("</content>\n");
            xml.append("  </entry>\n");
        }
        for (Event event : atlas.latestEvents(EVENTS)) {
            xml.append("  <entry>\n");
            element(xml, "id", base + "/timeline#" + event.slug());
            element(xml, "title", dates.label(event.precision(), event.sortYear(), event.month(), event.day())
                    + msg.label_sep() + event.title().text());
            element(xml, "updated", updated);
            link(xml, "alternate", base + LanguageLinks.href(language, "/timeline", null) + "#" + event.slug(),
                    "text/html");
            element(xml, "summary", event.summary().text());
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append("  <").append(name).append('>').append(XmlText.escape(text)).append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, String rel, String href, String type) {
        xml.append("  <link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"")
                .append(XmlText.escape(href)).append("\"/>\n");
    }
}
