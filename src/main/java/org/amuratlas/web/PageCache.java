package org.amuratlas.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.amuratlas.i18n.LanguageDecision;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Pages and downloads are a pure function of URL and language while the process lives (the dataset is loaded once
 * at start and never written). So the first rendering of a page is kept, and later requests for it are answered
 * straight from memory on the HTTP event loop, before the REST layer, with an ETag (revalidation gets a 304).
 * The cache is bounded by the bytes it keeps (query strings are free text, so the number of distinct URLs is not):
 * once full, further pages are rendered per request and not kept.
 */
@ApplicationScoped
public class PageCache {

    /** A rendered response body and what is needed to answer for it again. */
    record CachedPage(Buffer body, String contentType, String etag, String contentDisposition) {
    }

    private static final String HEADER_CONTENT_DISPOSITION = "Content-Disposition";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final Instant loadedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String lastModified = HTTP_DATE.format(loadedAt);

    /**
     * The 148 pages reachable without a query string take 9.3 MB in all three languages; 12 MB keeps them all plus
     * some filtered views, and with the rest of the live data (about 25 MB) still fits the old generation of the
     * container's 64 MB heap.
     */
    @ConfigProperty(name = "atlas.page-cache.max-bytes", defaultValue = "12582912")
    long maxBytes;

    private final AtomicLong keptBytes = new AtomicLong();

    @ConfigProperty(name = "atlas.page-cache.max-age", defaultValue = "300")
    int maxAgeSeconds;

    /** Answers GET requests for kept pages before the REST layer is involved; publishes the cache's size. */
    void install(@Observes Router router, MeterRegistry metrics) {
        router.get().order(-10).handler(this::serveKept);
        Gauge.builder("atlas.page.cache.bytes", keptBytes, AtomicLong::get).baseUnit("bytes")
                .description("Bytes of rendered pages kept in memory").register(metrics);
        Gauge.builder("atlas.page.cache.max.bytes", () -> maxBytes).baseUnit("bytes")
                .description("Bound of the page cache (atlas.page-cache.max-bytes)").register(metrics);
        Gauge.builder("atlas.page.cache.pages", pages, Map::size)
                .description("Rendered pages kept in memory").register(metrics);
    }

    private void serveKept(RoutingContext context) {
        String language;
        try {
            language = LanguageDecision.decide(context.queryParams().get("lang"),
                    context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).language().code;
        } catch (LanguageDecision.UnsupportedLanguage unsupportedLanguage) {
            context.next(); // the REST layer answers with its error page
            return;
        }
        CachedPage page = pages.get(key(language, context.request().path(), context.request().query()));
        if (page == null) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.ETAG, page.etag())
                .putHeader(HttpHeaders.LAST_MODIFIED, lastModified)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                .putHeader(HttpHeaders.VARY, "Accept-Language");
        if (notModified(context.request().getHeader(HttpHeaders.IF_NONE_MATCH),
                context.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE), page.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, page.contentType());
        if (page.contentDisposition() != null) {
            response.putHeader(HEADER_CONTENT_DISPOSITION, page.contentDisposition());
        }
        response.end(page.body());
    }

    /** Renders a page the first time it is asked for, keeps it, and adds its validators. */
    @ServerResponseFilter
    public void keepRendered(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || response.getMediaType() == null
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        MediaType type = response.getMediaType();
        boolean cacheable = type.isCompatible(MediaType.TEXT_HTML_TYPE) || "csv".equals(type.getSubtype());
        // by now quarkus-rest-qute has rendered the template, in the language LanguageFilter settled
        if (!cacheable || !(response.getEntity() instanceof String body)) {
            return;
        }
        Locale locale = Locale.forLanguageTag(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String contentType = type.getParameters().containsKey("charset") ? type.toString()
                : type.withCharset("UTF-8").toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        CachedPage page = new CachedPage(Buffer.buffer(bytes), contentType, etag(bytes),
                response.getHeaderString(HEADER_CONTENT_DISPOSITION));
        // search results are not kept: free text would fill the cache with one-off pages
        if (!request.getUriInfo().getPath().startsWith("/search")) {
            keep(key(locale.getLanguage(), request.getUriInfo().getRequestUri().getRawPath(),
                    request.getUriInfo().getRequestUri().getRawQuery()), page, bytes.length);
        }
        response.setEntity(bytes, null, MediaType.valueOf(contentType));
        response.getHeaders().putSingle(HttpHeaders.ETAG, page.etag());
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language");
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, lastModified);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds);
        if (notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), page.etag())) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private void keep(String key, CachedPage page, int size) {
        if (keptBytes.addAndGet(size) > maxBytes) {
            keptBytes.addAndGet(-size); // full: this page is rendered again next time
        } else if (pages.putIfAbsent(key, page) != null) {
            keptBytes.addAndGet(-size); // rendered twice at once; the first copy stays
        }
    }

    private boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                return !loadedAt.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince)));
            } catch (RuntimeException unparseable) {
                return false;
            }
        }
        return false;
    }

    private static String key(String language, String rawPath, String rawQuery) {
        return language + " " + rawPath + "?" + (rawQuery == null ? "" : rawQuery);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
