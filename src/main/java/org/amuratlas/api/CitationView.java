package org.amuratlas.api;

import org.amuratlas.i18n.Formats;
import org.amuratlas.read.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Citation")
@Description("Where a record comes from: a source and the place in it.")
public final class CitationView {

    private final Citation citation;

    private final Formats.Local in;

    CitationView(Citation citation, Formats.Local in) {
        this.citation = citation;
        this.in = in;
    }

    public @NonNull SourceView getSource() {
        return new SourceView(citation.source(), in);
    }

    @Description("Section, table, paragraph or footnote, e.g. \"Table 1\" or \"§2.2, para. 1\", its words in the"
            + " request's language («табл. 1», 表1); a document's own section headings keep their printed wording.")
    public @NonNull String getLocator() {
        return in.locators().write(citation.locator().text());
    }
}
