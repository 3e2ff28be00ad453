package org.amuratlas.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.LanguageDecision;
import org.amuratlas.i18n.LanguageDecision.PrefixedPath;
import org.amuratlas.i18n.LanguageLinks;

/**
 * Serves {@code /en/…}, {@code /ru/…} and {@code /zh/…} as the same pages in that language, and says the language
 * of every page in {@code Content-Language}.
 *
 * <p>A prefixed request is rerouted, first of all routes, to its unprefixed path with the prefix's language as its
 * only Accept-Language (and without {@code ?lang=}, which the prefix overrides). Everything after it (the page cache,
 * the language filter, the message bundles) then works as for an unprefixed request whose browser asked for that
 * language, and the page cache keeps one copy per language and address for both forms.
 */
@ApplicationScoped
public class LanguagePrefixRoute {

    /** Routing-context key: the language of a request rerouted from its prefixed path. */
    static final String PREFIX_LANGUAGE = "atlas.prefix-language";

    void install(@Observes Router router) {
        router.route().order(-20).handler(this::route);
    }

    private void route(RoutingContext context) {
        Language rerouted = context.get(PREFIX_LANGUAGE);
        if (rerouted != null) {
            context.addHeadersEndHandler(ended -> declare(context.response(), rerouted));
            context.next();
            return;
        }
        Optional<PrefixedPath> prefixed = LanguageDecision.prefixOf(context.request().path());
        if (prefixed.isPresent()) {
            Language language = prefixed.get().language();
            context.put(PREFIX_LANGUAGE, language);
            context.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, language.code);
            context.reroute(prefixed.get().path() + LanguageLinks.pageQuery(context.request().query()));
            return;
        }
        Language language = negotiated(context);
        context.addHeadersEndHandler(ended -> declare(context.response(), language));
        context.next();
    }

    /** The language an unprefixed request gets; an unsupported {@code ?lang=} gets its error page in English. */
    private static Language negotiated(RoutingContext context) {
        try {
            return LanguageDecision.decide(context.queryParams().get("lang"),
                    context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).language();
        } catch (LanguageDecision.UnsupportedLanguage unsupported) {
            return Language.ORIGINAL;
        }
    }

    /** Pages say their language; data and API responses are left alone. */
    private static void declare(HttpServerResponse response, Language language) {
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith("text/html") && !response.headers().contains(HttpHeaders.CONTENT_LANGUAGE)) {
            response.putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag);
        }
    }
}
