package org.amuratlas.api;

import jakarta.inject.Inject;
import org.amuratlas.model.Country;
import org.amuratlas.read.Language;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class PlaceApi {

    @Inject
    ApiAtlas atlas;

    @Query("places")
    @Description("Places by name, optionally in one country, paged.")
    public @NonNull PlacePage places(Country country, @DefaultValue("0") int offset,
            @DefaultValue(Arguments.DEFAULT_LIMIT) int limit, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws BadArgumentError {
        Reading reading = atlas.of(lang);
        return Paging.page(reading.atlas().places(country), Arguments.page(offset, limit),
                r -> new PlaceView(r, reading.in()), PlacePage::new);
    }

    @Query("place")
    @Description("One place by its slug.")
    public PlaceView place(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        Reading reading = atlas.of(lang);
        return reading.atlas().place(slug).map(r -> new PlaceView(r, reading.in()))
                .orElseThrow(() -> new NotFoundError("place", slug));
    }
}
