package org.amuratlas.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.amuratlas.i18n.Formats;
import org.amuratlas.i18n.Language;
import org.amuratlas.read.Reads;
import org.amuratlas.web.ReaderLanguage;

/**
 * What crawlers and feed readers ask a site for: {@code /feed.atom} (in the reader's language), {@code /sitemap.xml}
 * and {@code /robots.txt}. Each is written once (per language) and kept: the data never changes while running.
 */
@Path("/")
public class SiteIndexes {

    @Inject
    Reads reads;

    @Inject
    AtlasIdentity identity;

    @Inject
    Changelog changelog;

    @Inject
    ReaderLanguage reader;

    @Inject
    Formats formats;

    @Inject
    DownloadAnswers answers;

    private final Map<String, Download> kept = new ConcurrentHashMap<>();

    @GET
    @Path("feed.atom")
    public Response feed(@Context HttpHeaders request) {
        Language language = reader.get();
        Download feed = kept.computeIfAbsent("feed " + language.code, key -> Download.of(AtomFeed.write(
                reads.in(org.amuratlas.read.Language.fromTag(language.code).orElseThrow()), language,
                formats.of(language).dates(), identity, changelog.releases()).getBytes(StandardCharsets.UTF_8),
                AtomFeed.MEDIA_TYPE, null));
        return answers.answer(feed, request, true);
    }

    @GET
    @Path("sitemap.xml")
    public Response sitemap(@Context HttpHeaders request) {
        Download sitemap = kept.computeIfAbsent("sitemap", key -> Download.of(Sitemap.write(
                Sitemap.pages(reads.in(org.amuratlas.read.Language.EN)), identity).getBytes(StandardCharsets.UTF_8),
                Sitemap.MEDIA_TYPE, null));
        return answers.answer(sitemap, request);
    }

    @GET
    @Path("robots.txt")
    public Response robots(@Context HttpHeaders request) {
        Download robots = kept.computeIfAbsent("robots", key -> Download.of(("User-agent: *\n"
                + "Disallow: /q/\n"
                + "Disallow: /search?\n"
                + "\n"
                + "Sitemap: " + identity.siteUrl() + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8", null));
        return answers.answer(robots, request);
    }
}
