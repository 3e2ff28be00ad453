package org.amuratlas.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.function.Function;
import org.amuratlas.i18n.Language;

/**
 * A query parameter the atlas cannot use, with what is wrong in words of every language: the error page says it in
 * the reader's language ({@link #in(AtlasMessages)}); the exception's own message, for logs, is English.
 */
public final class BadParameter extends BadRequestException {

    private final transient Function<AtlasMessages, String> wording;

    private BadParameter(Function<AtlasMessages, String> wording) {
        super(wording.apply(MessageBundles.get(AtlasMessages.class, Localized.Literal.of(Language.ORIGINAL.code))));
        this.wording = wording;
    }

    /** What is wrong, in the language of these messages. */
    public String in(AtlasMessages messages) {
        return wording.apply(messages);
    }

    static BadParameter slug(String name) {
        return new BadParameter(m -> m.error_param_slug(name));
    }

    static BadParameter choice(String name, List<String> choices) {
        return new BadParameter(m -> m.error_param_choice(name, String.join(", ", choices)));
    }

    static BadParameter range(String name, int min, int max) {
        return new BadParameter(m -> m.error_param_range(name, min, max));
    }

    static BadParameter wholeNumber(String name) {
        return new BadParameter(m -> m.error_param_whole(name));
    }

    static BadParameter tooLong(String name, int max) {
        return new BadParameter(m -> m.error_param_too_long(name, max));
    }

    /** A well-formed value naming no record, e.g. {@code ?theme=fishing}. */
    public static BadParameter unknown(String name, String value) {
        return new BadParameter(m -> m.error_param_unknown(name, value));
    }
}
