package org.amuratlas.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amuratlas.i18n.LanguageDecision;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;

/**
 * The atlas a GraphQL request reads: in the language its {@code lang} argument names, else the one an HTTP layer in
 * front of /graphql settled for the request (routing-context value {@link #LANGUAGE}), else the best match of its
 * Accept-Language header, else English.
 */
@ApplicationScoped
public class ApiAtlas {

    /** Routing-context key under which a route before SmallRye may leave the request's {@link Language}. */
    public static final String LANGUAGE = "atlas.language";

    static final String LANG_DESCRIPTION = "Language of the texts (default: Accept-Language, else EN); untranslated"
            + " texts come in English.";

    @Inject
    Reads reads;

    @Inject
    CurrentVertxRequest request;

    Atlas of(Language lang) {
        if (lang != null) {
            return reads.in(lang);
        }
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return reads.in(Language.EN);
        }
        if (context.get(LANGUAGE) instanceof Language settled) {
            return reads.in(settled);
        }
        // the site's one language decision, so the API and the pages read a header alike
        String code = LanguageDecision.decide(null, context.request().getHeader("Accept-Language")).language().code;
        return reads.in(Language.fromTag(code).orElseThrow());
    }
}
