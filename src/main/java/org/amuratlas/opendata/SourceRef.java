package org.amuratlas.opendata;

import org.amuratlas.read.Source;

/** A source document as the package's descriptor and README name it: its full reference and its DOI or URL. */
record SourceRef(String slug, String reference, String link) {

    static SourceRef of(Source source) {
        return new SourceRef(source.slug(), source.citeAs(), source.doi() != null ? source.doiUrl() : source.url());
    }
}
