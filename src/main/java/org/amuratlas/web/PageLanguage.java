package org.amuratlas.web;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.Locale;

/**
 * Picks the language of the site's own words for a request: an explicit {@code ?lang=} wins, then the browser's
 * Accept-Language, then English.
 */
public final class PageLanguage {

    public static final List<String> SUPPORTED = List.of("en", "ru", "zh");

    private PageLanguage() {
    }

    public static Locale resolve(String langParameter, String acceptLanguage) {
        if (langParameter != null && !langParameter.isBlank()) {
            String tag = langParameter.trim().toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(tag)) {
                throw new BadRequestException("The parameter 'lang' must be one of: en, ru, zh.");
            }
            return Locale.forLanguageTag(tag);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (match != null) {
                    return Locale.forLanguageTag(match);
                }
            } catch (IllegalArgumentException malformedHeader) {
                // a malformed header is not worth an error page: fall through to the default
            }
        }
        return Locale.ENGLISH;
    }
}
