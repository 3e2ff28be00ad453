package org.amuratlas.api;

import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.read.Theme;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Theme")
public final class ThemeView {

    private final Theme theme;

    private final Formats.Local in;

    ThemeView(Theme theme, Formats.Local in) {
        this.theme = theme;
        this.in = in;
    }

    public @NonNull String getSlug() {
        return theme.slug();
    }

    public @NonNull String getTitle() {
        return theme.title().text();
    }

    public @NonNull String getIntro() {
        return theme.intro().text();
    }

    public @NonNull String getOverview() {
        return theme.overview().text();
    }

    public int getDisplayOrder() {
        return theme.displayOrder();
    }

    public List<ProjectView> getProjects() {
        return Views.of(theme.projects(), ProjectView::new, in);
    }

    public List<KeyFigureView> getKeyFigures() {
        return Views.of(theme.figures(), KeyFigureView::new, in);
    }
}
