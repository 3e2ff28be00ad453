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
        return Views.of(atlas.of(lang).themes(), ThemeView::new);
    }

    @Query("theme")
    public ThemeView theme(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        return atlas.of(lang).theme(slug).map(ThemeView::new).orElseThrow(() -> new NotFoundError("theme", slug));
    }
}
