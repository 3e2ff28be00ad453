package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.read.Language;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SeriesApi {

    @Inject
    ApiAtlas atlas;

    @Query("allSeries")
    @Description("All statistical series with their measures and observations.")
    public @NonNull List<@NonNull SeriesView> allSeries(@Description(ApiAtlas.LANG_DESCRIPTION) Language lang) {
        return Views.of(atlas.of(lang).series(), SeriesView::new);
    }

    @Query("series")
    @Description("One statistical series by its slug.")
    public SeriesView series(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        return atlas.of(lang).series(slug).map(SeriesView::new).orElseThrow(() -> new NotFoundError("series", slug));
    }
}
