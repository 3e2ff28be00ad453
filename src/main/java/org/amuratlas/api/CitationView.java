package org.amuratlas.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Citation")
@Description("Where a record comes from: a source and the place in it.")
public record CitationView(@NonNull SourceView source,
        @Description("Section, table, paragraph or footnote, e.g. \"Table 1\" or \"§2.2, para. 1\".") @NonNull String locator) {
}
