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
        return Views.of(atlas.of(lang).sources(), SourceView::new);
    }

    @Query("source")
    public SourceView source(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        return atlas.of(lang).source(slug).map(SourceView::new).orElseThrow(() -> new NotFoundError("source", slug));
    }
}
