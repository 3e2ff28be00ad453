package org.amuratlas.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Settles the page language once per request: {@code ?lang=} (if given) or the browser's preference is resolved to
 * one supported language and written back as the request's Accept-Language, which Qute's message bundles, the
 * page cache and the error pages all read.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void settleLanguage(ContainerRequestContext request) {
        String resolved = PageLanguage.resolve(request.getUriInfo().getQueryParameters().getFirst("lang"),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).toLanguageTag();
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, resolved);
    }
}
