package org.amuratlas.api;

import java.util.List;
import org.amuratlas.model.Series;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SeriesApi {

    @Query("allSeries")
    @Description("All statistical series with their measures and observations.")
    public @NonNull List<@NonNull SeriesView> allSeries() {
        return Series.listWithData().stream().map(SeriesView::of).toList();
    }

    @Query("series")
    @Description("One statistical series by its slug.")
    public SeriesView series(@NonNull String slug) throws NotFoundError {
        return Series.<Series>findByIdOptional(slug).map(SeriesView::of)
                .orElseThrow(() -> new NotFoundError("series", slug));
    }
}
