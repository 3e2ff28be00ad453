package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.Actor;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.RelationQueries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** People, governments, companies and groups, with the events they take part in and the positions they hold. */
@GraphQLApi
@ResolverTransactions
public class ActorApi {

    @Inject
    RelationQueries relations;

    @Query("actors")
    @Description("Actors by name, paged.")
    public @NonNull ActorPage actors(@DefaultValue("0") int offset, @DefaultValue(Paging.DEFAULT_LIMIT) int limit)
            throws BadArgumentError {
        return Paging.toPage(Actor.page(Paging.request(offset, limit)), ActorView::of, ActorPage::new);
    }

    @Query("actor")
    public ActorView actor(@NonNull String slug) throws NotFoundError {
        return Actor.<Actor>findByIdOptional(slug).map(ActorView::of).orElseThrow(() -> new NotFoundError("actor", slug));
    }

    public List<List<EventView>> events(@Source List<ActorView> actors) {
        return Batch.align(actors, ActorView::slug, relations.eventsOfActors(Batch.slugs(actors, ActorView::slug)),
                EventView::of);
    }

    public List<List<PerspectiveView>> perspectives(@Source List<ActorView> actors) {
        return Batch.align(actors, ActorView::slug,
                relations.perspectivesOfActors(Batch.slugs(actors, ActorView::slug)), PerspectiveView::of);
    }

    @Name("citations")
    public List<List<CitationView>> actorCitations(@Source List<ActorView> actors) {
        return CitationViews.forBatch(relations, RecordType.ACTOR, actors, ActorView::slug);
    }
}
