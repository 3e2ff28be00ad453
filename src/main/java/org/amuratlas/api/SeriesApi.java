package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.RelationQueries;
import org.amuratlas.model.Series;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ResolverTransactions
public class SeriesApi {

    @Inject
    RelationQueries relations;

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

    @Name("citations")
    @Description("Where the series comes from: source and table or section.")
    public List<List<CitationView>> seriesCitations(@Source List<SeriesView> series) {
        return CitationViews.forBatch(relations, RecordType.SERIES, series, SeriesView::slug);
    }
}
