package org.amuratlas.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.amuratlas.model.DatasetVersion;
import org.amuratlas.ops.EntityTag;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long caches in front of the atlas (browsers, a CDN) may keep its answers, and the validators that let them
 * revalidate. Everything here is derived from the content and the dataset's release date, never from the clock or
 * the start time, so every replica of a build answers with the same headers.
 */
@ApplicationScoped
public class HttpCaching {

    /** A fingerprinted asset never changes under its URL. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /**
     * HTTP's date form (IMF-fixdate, RFC 9110 5.6.7): a two-digit day, "Tue, 01 Dec 2026 00:00:00 GMT". Java's
     * RFC_1123_DATE_TIME writes "Tue, 1 Dec 2026", which HTTP does not allow; it still reads both.
     */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    DatasetVersion dataset;

    @ConfigProperty(name = "atlas.page-cache.max-age", defaultValue = "300")
    int maxAgeSeconds;

    /** A CDN may keep answering from its copy this long while it refetches in the background. */
    @ConfigProperty(name = "atlas.http.stale-while-revalidate", defaultValue = "600")
    int staleWhileRevalidateSeconds;

    /** ... and this long while every replica is down or failing: the data is published and read-only. */
    @ConfigProperty(name = "atlas.http.stale-if-error", defaultValue = "86400")
    int staleIfErrorSeconds;

    private String pageCacheControl;
    private String lastModified;

    @PostConstruct
    void init() {
        pageCacheControl = "public, max-age=" + maxAgeSeconds + ", stale-while-revalidate=" + staleWhileRevalidateSeconds
                + ", stale-if-error=" + staleIfErrorSeconds;
        lastModified = HTTP_DATE.format(dataset.releasedAt());
    }

    /** Cache-Control of pages, downloads and unfingerprinted assets. */
    public String pageCacheControl() {
        return pageCacheControl;
    }

    /** Last-Modified of everything rendered from the dataset: its release date. */
    public String lastModified() {
        return lastModified;
    }

    /**
     * Whether a conditional GET may be answered 304. If-None-Match wins when present (RFC 9110, 13.1.2); otherwise
     * If-Modified-Since is compared with the dataset's release date.
     */
    public boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag) {
        if (ifNoneMatch != null) {
            return EntityTag.matches(ifNoneMatch, etag);
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince));
                return !dataset.releasedAt().isAfter(since);
            } catch (RuntimeException unparseable) {
                return false;
            }
        }
        return false;
    }
}
