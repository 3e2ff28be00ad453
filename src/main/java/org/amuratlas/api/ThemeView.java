package org.amuratlas.api;

import org.amuratlas.model.Theme;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Theme")
public record ThemeView(@NonNull String slug, @NonNull String title, @NonNull String intro, @NonNull String overview, int displayOrder) {

    static ThemeView of(Theme t) {
        return new ThemeView(t.slug, t.title, t.intro, t.overview, t.displayOrder);
    }
}
