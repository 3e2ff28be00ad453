package org.amuratlas.web;

import jakarta.ws.rs.BadRequestException;
import java.util.Locale;
import org.amuratlas.read.Language;

/**
 * Picks the language of a page: an explicit {@code ?lang=} wins, then the browser's Accept-Language, then English.
 */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static Locale resolve(String langParameter, String acceptLanguage) {
        if (langParameter != null && !langParameter.isBlank()) {
            return Language.fromTag(langParameter)
                    .orElseThrow(() -> new BadRequestException("The parameter 'lang' must be one of: en, ru, zh."))
                    .locale();
        }
        return Language.negotiate(acceptLanguage).locale();
    }
}
