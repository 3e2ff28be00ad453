package org.amuratlas.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.amuratlas.i18n.LanguageDecision;
import org.amuratlas.ops.EntityTag;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Pages and downloads are a pure function of URL and language while the process lives (the dataset is loaded once
 * at start and never written). So the first rendering of a page is kept, and later requests for it are answered
 * straight from memory on the HTTP event loop, before the REST layer, with an ETag (revalidation gets a 304). The
 * validators and Cache-Control come from {@link HttpCaching}: the same on every replica of a build.
 * The cache is bounded by the bytes it keeps (query strings are free text, so the number of distinct URLs is not):
 * once full, further pages are rendered per request and not kept.
 */
@ApplicationScoped
public class PageCache {

    /** A rendered response body and what is needed to answer for it again. */
    record CachedPage(Buffer body, String contentType, String etag, String contentDisposition) {
    }

    private static final String HEADER_CONTENT_DISPOSITION = "Content-Disposition";
    private static final List<CharSequence> HTML_VARY = List.of("Accept", "Accept-Language");
    private static final List<CharSequence> OTHER_VARY = List.of("Accept-Language");

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();

    @Inject
    HttpCaching caching;

    @Inject
    Jsonb json;

    /**
     * The 148 pages reachable without a query string take 9.3 MB in all three languages; 12 MB keeps them all plus
     * some filtered views, and with the rest of the live data (about 25 MB) still fits the old generation of the
     * container's 64 MB heap.
     */
    @ConfigProperty(name = "atlas.page-cache.max-bytes", defaultValue = "12582912")
    long maxBytes;

    private final AtomicLong keptBytes = new AtomicLong();

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
                .putHeader(HttpHeaders.LAST_MODIFIED, caching.lastModified())
                .putHeader(HttpHeaders.CACHE_CONTROL, caching.pageCacheControl())
                // header for header as the rendered answer (replicas and caches compare them): quarkus-rest-qute
                // sends a page's Vary as two lines, Accept (template variants) and then Accept-Language
                .putHeader(HttpHeaders.VARY, page.contentType().startsWith("text/html") ? HTML_VARY : OTHER_VARY);
        if (caching.notModified(context.request().getHeader(HttpHeaders.IF_NONE_MATCH),
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
        boolean download = request.getUriInfo().getPath().startsWith("/data/");
        boolean cacheable = type.isCompatible(MediaType.TEXT_HTML_TYPE) || "csv".equals(type.getSubtype())
                || download && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        if (!cacheable) {
            return;
        }
        // by now quarkus-rest-qute has rendered the template, in the language LanguageFilter settled; a JSON download
        // (a record such as SeriesMetadata) is serialized here, as the REST layer would, so that it is kept too
        String body = response.getEntity() instanceof String text ? text
                : type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && response.getEntity() != null
                        ? json.toJson(response.getEntity()) : null;
        if (body == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String contentType = type.getParameters().containsKey("charset") ? type.toString()
                : type.withCharset("UTF-8").toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        CachedPage page = new CachedPage(Buffer.buffer(bytes), contentType, EntityTag.of(bytes),
                response.getHeaderString(HEADER_CONTENT_DISPOSITION));
        // search results are not kept: free text would fill the cache with one-off pages
        if (!request.getUriInfo().getPath().startsWith("/search")) {
            keep(key(locale.getLanguage(), request.getUriInfo().getRequestUri().getRawPath(),
                    request.getUriInfo().getRequestUri().getRawQuery()), page, bytes.length);
        }
        response.setEntity(bytes, null, MediaType.valueOf(contentType));
        response.getHeaders().putSingle(HttpHeaders.ETAG, page.etag());
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language");
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, caching.lastModified());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, caching.pageCacheControl());
        if (caching.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
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

    private static String key(String language, String rawPath, String rawQuery) {
        return language + " " + rawPath + "?" + (rawQuery == null ? "" : rawQuery);
    }
}
