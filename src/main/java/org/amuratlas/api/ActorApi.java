package org.amuratlas.api;

import jakarta.inject.Inject;
import org.amuratlas.read.Language;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** People, governments, companies and groups, with the events they take part in and the positions they hold. */
@GraphQLApi
public class ActorApi {

    @Inject
    ApiAtlas atlas;

    @Query("actors")
    @Description("Actors by name, paged.")
    public @NonNull ActorPage actors(@DefaultValue("0") int offset, @DefaultValue(Arguments.DEFAULT_LIMIT) int limit,
            @Description(ApiAtlas.LANG_DESCRIPTION) Language lang) throws BadArgumentError {
        return Paging.page(atlas.of(lang).actors(), Arguments.page(offset, limit), ActorView::new, ActorPage::new);
    }

    @Query("actor")
    public ActorView actor(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        return atlas.of(lang).actor(slug).map(ActorView::new).orElseThrow(() -> new NotFoundError("actor", slug));
    }
}
