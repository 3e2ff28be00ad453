package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.read.Language;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ThemeApi {

    @Inject
    ApiAtlas atlas;

    @Query("themes")
    @Description("All themes in display order (a short, fixed list).")
    public @NonNull List<@NonNull ThemeView> themes(@Description(ApiAtlas.LANG_DESCRIPTION) Language lang) {
        Reading reading = atlas.of(lang);
        return Views.of(reading.atlas().themes(), r -> new ThemeView(r, reading.in()));
    }

    @Query("theme")
    public ThemeView theme(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        Reading reading = atlas.of(lang);
        return reading.atlas().theme(slug).map(r -> new ThemeView(r, reading.in()))
                .orElseThrow(() -> new NotFoundError("theme", slug));
    }
}
