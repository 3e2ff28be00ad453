package org.amuratlas.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.EnumMap;
import java.util.Map;

/**
 * Serves the static files from memory. Under its fingerprinted name a file is immutable and cached for a year; under
 * its plain name, or under an outdated fingerprint (a page from the previous release, during a rolling update), the
 * current content is served with the short max-age of pages, so that no cache keeps a wrong file for long.
 */
@ApplicationScoped
public class StaticAssetRoutes {

    @Inject
    HttpCaching caching;

    private final Map<StaticAsset, Buffer> bodies = new EnumMap<>(StaticAsset.class);

    void install(@Observes Router router) {
        for (StaticAsset asset : StaticAsset.values()) { // reads and hashes every file now, at start
            bodies.put(asset, Buffer.buffer(asset.content()));
            router.get(asset.path()).order(-20).handler(context -> serve(context, asset, false));
        }
        router.getWithRegex(".*\\.[0-9a-f]{10}\\.[a-z0-9]+").order(-20).handler(this::serveFingerprinted);
    }

    private void serveFingerprinted(RoutingContext context) {
        String path = context.request().path();
        StaticAsset.named(path).ifPresentOrElse(
                asset -> serve(context, asset, asset.fingerprintedPath().equals(path)),
                context::next);
    }

    private void serve(RoutingContext context, StaticAsset asset, boolean immutable) {
        HttpServerResponse response = context.response()
                .putHeader(HttpHeaders.ETAG, asset.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, immutable ? HttpCaching.IMMUTABLE : caching.pageCacheControl());
        if (caching.notModified(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), null, asset.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType()).end(bodies.get(asset));
    }
}
