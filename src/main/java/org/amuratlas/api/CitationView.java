package org.amuratlas.api;

import org.amuratlas.read.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Citation")
@Description("Where a record comes from: a source and the place in it.")
public final class CitationView {

    private final Citation citation;

    CitationView(Citation citation) {
        this.citation = citation;
    }

    public @NonNull SourceView getSource() {
        return new SourceView(citation.source());
    }

    @Description("Section, table, paragraph or footnote, e.g. \"Table 1\" or \"§2.2, para. 1\".")
    public @NonNull String getLocator() {
        return citation.locator().text();
    }
}
