package org.amuratlas.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amuratlas.i18n.Formats;
import org.amuratlas.i18n.LanguageDecision;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;

/**
 * The atlas a GraphQL request reads: in the language its {@code lang} argument names, else the one an HTTP layer in
 * front of /graphql settled for the request (routing-context value {@link #LANGUAGE}), else the best match of its
 * Accept-Language header, else English. Each language read is noted on the request ({@link AnswerLanguages}), so
 * the answer can say which its texts are in.
 */
@ApplicationScoped
public class ApiAtlas {

    /** Routing-context key under which a route before SmallRye may leave the request's {@link Language}. */
    public static final String LANGUAGE = "atlas.language";

    static final String LANG_DESCRIPTION = "Language of the texts, dates, figures and locators (default:"
            + " Accept-Language, else EN); untranslated texts come in English; extensions.language says which was read.";

    @Inject
    Reads reads;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Formats formats;

    Reading of(Language lang) {
        RoutingContext context = request.getCurrent();
        Language language = lang != null ? lang : settled(context);
        org.amuratlas.i18n.Language writing = org.amuratlas.i18n.Language.ofCode(language.tag).orElseThrow();
        if (context != null) {
            AnswerLanguages.of(context).add(writing);
        }
        return new Reading(reads.in(language), formats.of(writing));
    }

    private static Language settled(RoutingContext context) {
        if (context == null) {
            return Language.EN;
        }
        if (context.get(LANGUAGE) instanceof Language settled) {
            return settled;
        }
        // the site's one language decision, so the API and the pages read a header alike
        String code = LanguageDecision.decide(null, context.request().getHeader("Accept-Language")).language().code;
        return Language.fromTag(code).orElseThrow();
    }
}
