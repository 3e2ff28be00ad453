package org.amuratlas.api;

import io.vertx.ext.web.RoutingContext;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.amuratlas.i18n.Language;

/**
 * The languages the fields of one GraphQL request were read in (its {@code lang} arguments, else the language
 * settled from Accept-Language), kept on the request so that the answer can report them in
 * {@code extensions.language} and {@code Content-Language}.
 */
public final class AnswerLanguages {

    private static final String KEY = "atlas.answer-languages";

    private final Set<Language> read = EnumSet.noneOf(Language.class);

    private AnswerLanguages() {
    }

    /** The request's record, made on first use. */
    public static AnswerLanguages of(RoutingContext context) {
        return (AnswerLanguages) context.data().computeIfAbsent(KEY, key -> new AnswerLanguages());
    }

    synchronized void add(Language language) {
        read.add(language);
    }

    /**
     * The languages as {@code Content-Language} states them, in the order en, ru, zh-Hans: {@code ru} for a request
     * read in Russian, {@code en, zh-Hans} where its fields asked for both; null where no field read the atlas.
     */
    public synchronized String tags() {
        return read.isEmpty() ? null : read.stream().map(l -> l.tag).collect(Collectors.joining(", "));
    }
}
