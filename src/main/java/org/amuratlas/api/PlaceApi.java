package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.Country;
import org.amuratlas.model.PageRequest;
import org.amuratlas.model.Place;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.RelationQueries;
import org.amuratlas.model.ResultPage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ResolverTransactions
public class PlaceApi {

    @Inject
    RelationQueries relations;

    @Query("places")
    @Description("Places by English name, optionally in one country, paged.")
    public @NonNull PlacePage places(Country country, @DefaultValue("0") int offset,
            @DefaultValue(Paging.DEFAULT_LIMIT) int limit) throws BadArgumentError {
        PageRequest request = Paging.request(offset, limit);
        ResultPage<Place> page = Place.page(country, request);
        return Paging.toPage(page, PlaceView::of, PlacePage::new);
    }

    @Query("place")
    @Description("One place by its slug.")
    public PlaceView place(@NonNull String slug) throws NotFoundError {
        return Place.<Place>findByIdOptional(slug).map(PlaceView::of)
                .orElseThrow(() -> new NotFoundError("place", slug));
    }

    public List<List<ProjectView>> projects(@Source List<PlaceView> places) {
        return Batch.align(places, PlaceView::slug,
                relations.projectsOfPlaces(Batch.slugs(places, PlaceView::slug)), ProjectView::of);
    }

    public List<List<EventView>> events(@Source List<PlaceView> places) {
        return Batch.align(places, PlaceView::slug, relations.eventsOfPlaces(Batch.slugs(places, PlaceView::slug)),
                EventView::of);
    }

    public List<List<CitationView>> citations(@Source List<PlaceView> places) {
        return CitationViews.forBatch(relations, RecordType.PLACE, places, PlaceView::slug);
    }
}
