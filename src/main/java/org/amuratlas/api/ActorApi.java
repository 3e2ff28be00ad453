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
        Reading reading = atlas.of(lang);
        return Paging.page(reading.atlas().actors(), Arguments.page(offset, limit),
                r -> new ActorView(r, reading.in()), ActorPage::new);
    }

    @Query("actor")
    public ActorView actor(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        Reading reading = atlas.of(lang);
        return reading.atlas().actor(slug).map(r -> new ActorView(r, reading.in()))
                .orElseThrow(() -> new NotFoundError("actor", slug));
    }
}
