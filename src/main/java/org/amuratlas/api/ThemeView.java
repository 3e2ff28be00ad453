package org.amuratlas.api;

import org.amuratlas.model.Theme;
import org.eclipse.microprofile.graphql.Type;

@Type("Theme")
public record ThemeView(String slug, String title, String intro, String overview, int displayOrder) {

    static ThemeView of(Theme t) {
        return new ThemeView(t.slug, t.title, t.intro, t.overview, t.displayOrder);
    }
}
