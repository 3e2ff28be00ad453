package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.Event;
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
public class EventApi {

    @Inject
    RelationQueries relations;

    @Query("events")
    @Description("Timeline events in date order, optionally for one theme and a range of years, paged.")
    public @NonNull EventPage events(@Description("Theme slug") String theme, Integer fromYear, Integer toYear,
            @DefaultValue("0") int offset, @DefaultValue(Paging.DEFAULT_LIMIT) int limit) throws BadArgumentError {
        ResultPage<Event> page = Event.page(theme, fromYear, toYear, Paging.request(offset, limit));
        return Paging.toPage(page, EventView::of, EventPage::new);
    }

    @Query("event")
    public EventView event(@NonNull String slug) throws NotFoundError {
        return Event.<Event>findByIdOptional(slug).map(EventView::of).orElseThrow(() -> new NotFoundError("event", slug));
    }

    public List<List<ThemeView>> themes(@Source List<EventView> events) {
        return Batch.align(events, EventView::slug, relations.themesOfEvents(Batch.slugs(events, EventView::slug)),
                ThemeView::of);
    }

    public List<List<PlaceView>> places(@Source List<EventView> events) {
        return Batch.align(events, EventView::slug, relations.placesOfEvents(Batch.slugs(events, EventView::slug)),
                PlaceView::of);
    }

    public List<List<ProjectView>> projects(@Source List<EventView> events) {
        return Batch.align(events, EventView::slug, relations.projectsOfEvents(Batch.slugs(events, EventView::slug)),
                ProjectView::of);
    }

    public List<List<ActorView>> actors(@Source List<EventView> events) {
        return Batch.align(events, EventView::slug, relations.actorsOfEvents(Batch.slugs(events, EventView::slug)),
                ActorView::of);
    }

    public List<List<CitationView>> citations(@Source List<EventView> events) {
        return CitationViews.forBatch(relations, RecordType.EVENT, events, EventView::slug);
    }
}
