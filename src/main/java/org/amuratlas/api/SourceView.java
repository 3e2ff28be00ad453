package org.amuratlas.api;

import org.amuratlas.model.Source;
import org.amuratlas.model.SourceKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
@Description("A document the atlas draws on.")
public record SourceView(@NonNull String slug, @NonNull String title, String authors, String outlet, String bibliographic,
        @NonNull SourceKind kind, @NonNull String dateLabel, @NonNull int publishedYear, String doi, String url, @NonNull String language,
        @NonNull String summary, String note, @Description("A full reference in APA style.") @NonNull String citeAs) {

    static SourceView of(Source s) {
        return new SourceView(s.slug, s.title, s.authors, s.outlet, s.bibliographic, s.kind, s.dateLabel,
                s.publishedYear, s.doi, s.url, s.language, s.summary, s.note, s.citeAs());
    }
}
