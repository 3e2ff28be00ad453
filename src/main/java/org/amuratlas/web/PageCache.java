package org.amuratlas.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Pages and downloads are a pure function of the URL while the process lives (the dataset is loaded once at start
 * and never written), so a rendered body is kept and served again with an ETag, and revalidations get a 304.
 * The cache is bounded: past its size, responses are rendered per request and not kept.
 */
@ApplicationScoped
public class PageCache {

    /** A rendered response body and its validators. */
    record CachedPage(byte[] body, String contentType, String etag, String contentDisposition) {
    }

    private static final String HEADER_CONTENT_DISPOSITION = "Content-Disposition";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final Instant loadedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @ConfigProperty(name = "atlas.page-cache.max-entries", defaultValue = "2000")
    int maxEntries;

    @ConfigProperty(name = "atlas.page-cache.max-age", defaultValue = "300")
    int maxAgeSeconds;

    @ServerRequestFilter
    public Optional<Response> serveFromCache(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        CachedPage page = pages.get(key(request, language(request)));
        if (page == null) {
            return Optional.empty();
        }
        if (notModified(request, page.etag())) {
            return Optional.of(validators(Response.notModified(), page.etag()).build());
        }
        Response.ResponseBuilder ok = Response.ok(page.body(), page.contentType());
        if (page.contentDisposition() != null) {
            ok.header(HEADER_CONTENT_DISPOSITION, page.contentDisposition());
        }
        return Optional.of(validators(ok, page.etag()).build());
    }

    @ServerResponseFilter
    public void storeRendered(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || response.getMediaType() == null
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        MediaType type = response.getMediaType();
        boolean cacheable = type.isCompatible(MediaType.TEXT_HTML_TYPE) || "csv".equals(type.getSubtype())
                || type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && request.getUriInfo().getPath().startsWith("/data/");
        if (!cacheable) {
            return;
        }
        Locale locale = language(request);
        Object entity = response.getEntity();
        String body = entity instanceof TemplateInstance template ? template.setLocale(locale).render()
                : entity instanceof String text ? text : null;
        if (body == null) {
            return;
        }
        String contentType = type.getParameters().containsKey("charset") ? type.toString() : type.withCharset("UTF-8").toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        CachedPage page = new CachedPage(bytes, contentType, etag(bytes),
                response.getHeaderString(HEADER_CONTENT_DISPOSITION));
        // search results are not kept: free text would fill the cache with one-off pages
        if (pages.size() < maxEntries && !request.getUriInfo().getPath().startsWith("/search")) {
            pages.put(key(request, locale), page);
        }
        response.setEntity(bytes, null, MediaType.valueOf(contentType));
        response.getHeaders().putSingle(HttpHeaders.ETAG, page.etag());
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language");
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(loadedAt));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds);
        if (notModified(request, page.etag())) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private Response.ResponseBuilder validators(Response.ResponseBuilder builder, String etag) {
        return builder.header(HttpHeaders.VARY, "Accept-Language").header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(loadedAt))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds);
    }

    private boolean notModified(ContainerRequestContext request, String etag) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null) {
            try {
                return !loadedAt.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince)));
            } catch (RuntimeException unparseable) {
                return false;
            }
        }
        return false;
    }

    private static String key(ContainerRequestContext request, Locale locale) {
        return locale.getLanguage() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).orElse("");
    }

    /** The language {@link LanguageFilter} settled for this request. */
    static Locale language(ContainerRequestContext request) {
        return Locale.forLanguageTag(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
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
