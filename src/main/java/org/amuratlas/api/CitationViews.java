package org.amuratlas.api;

import org.amuratlas.model.Citation;

final class CitationViews {

    private CitationViews() {
    }

    static CitationView of(Citation c) {
        return new CitationView(SourceView.of(c.source), c.locator);
    }
}
