package org.amuratlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;

/** The atlas in the language of the current page (as LanguageFilter settled it). */
@ApplicationScoped
public class PageAtlas {

    @Inject
    Reads reads;

    @Inject
    HttpHeaders headers;

    Atlas current() {
        return reads.in(Language.fromTag(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).orElse(Language.EN));
    }
}
