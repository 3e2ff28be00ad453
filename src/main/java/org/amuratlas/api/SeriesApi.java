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
        Reading reading = atlas.of(lang);
        return Views.of(reading.atlas().series(), r -> new SeriesView(r, reading.in()));
    }

    @Query("series")
    @Description("One statistical series by its slug.")
    public SeriesView series(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        Reading reading = atlas.of(lang);
        return reading.atlas().series(slug).map(r -> new SeriesView(r, reading.in()))
                .orElseThrow(() -> new NotFoundError("series", slug));
    }
}
