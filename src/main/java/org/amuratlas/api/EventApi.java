package org.amuratlas.api;

import jakarta.inject.Inject;
import org.amuratlas.read.Language;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class EventApi {

    @Inject
    ApiAtlas atlas;

    @Query("events")
    @Description("Timeline events in date order, optionally for one theme and a range of years, paged.")
    public @NonNull EventPage events(@Description("Theme slug") String theme, Integer fromYear, Integer toYear,
            @DefaultValue("0") int offset, @DefaultValue(Arguments.DEFAULT_LIMIT) int limit,
            @Description(ApiAtlas.LANG_DESCRIPTION) Language lang) throws BadArgumentError {
        Reading reading = atlas.of(lang);
        return Paging.page(reading.atlas().timeline(theme, fromYear, toYear), Arguments.page(offset, limit),
                r -> new EventView(r, reading.in()), EventPage::new);
    }

    @Query("event")
    public EventView event(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        Reading reading = atlas.of(lang);
        return reading.atlas().event(slug).map(r -> new EventView(r, reading.in()))
                .orElseThrow(() -> new NotFoundError("event", slug));
    }
}
