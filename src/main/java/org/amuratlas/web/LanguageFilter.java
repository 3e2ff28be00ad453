package org.amuratlas.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.amuratlas.i18n.LanguageDecision;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Settles the page language once per request ({@link LanguageDecision}) and writes it back as the request's only
 * Accept-Language, which Qute's message bundles, the page cache and the error pages all read. A prefixed path has
 * been rerouted by {@link LanguagePrefixRoute} with its language as the Accept-Language already.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void settleLanguage(ContainerRequestContext request) {
        LanguageDecision decision;
        try {
            decision = LanguageDecision.decide(request.getUriInfo().getQueryParameters().getFirst("lang"),
                    request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (LanguageDecision.UnsupportedLanguage unsupported) {
            throw BadParameter.choice("lang", LanguageDecision.codes());
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, decision.language().code);
    }
}
