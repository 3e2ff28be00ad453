package org.amuratlas.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import org.amuratlas.i18n.Language;

/**
 * The language of the page being rendered, as {@link LanguageFilter} settled it, for helpers that write words into
 * a page (maps, charts) without the page resource passing it along.
 */
@RequestScoped
public class ReaderLanguage {

    @Inject
    HttpHeaders headers;

    public Language get() {
        return Language.ofCode(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).orElse(Language.ORIGINAL);
    }
}
