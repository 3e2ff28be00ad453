package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.read.Language;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SourceApi {

    @Inject
    ApiAtlas atlas;

    @Query("sources")
    @Description("The source documents, newest first.")
    public @NonNull List<@NonNull SourceView> sources(@Description(ApiAtlas.LANG_DESCRIPTION) Language lang) {
        Reading reading = atlas.of(lang);
        return Views.of(reading.atlas().sources(), r -> new SourceView(r, reading.in()));
    }

    @Query("source")
    public SourceView source(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        Reading reading = atlas.of(lang);
        return reading.atlas().source(slug).map(r -> new SourceView(r, reading.in()))
                .orElseThrow(() -> new NotFoundError("source", slug));
    }
}
