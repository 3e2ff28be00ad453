package org.amuratlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;

/** The atlas in the language of the current page, as the one language decision settled it ({@link ReaderLanguage}). */
@ApplicationScoped
public class PageAtlas {

    @Inject
    Reads reads;

    @Inject
    ReaderLanguage reader;

    Atlas current() {
        return reads.in(Language.fromTag(reader.get().code).orElseThrow());
    }
}
