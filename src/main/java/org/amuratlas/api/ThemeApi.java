package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.RelationQueries;
import org.amuratlas.model.Theme;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ResolverTransactions
public class ThemeApi {

    @Inject
    RelationQueries relations;

    @Query("themes")
    @Description("All themes in display order (a short, fixed list).")
    public @NonNull List<@NonNull ThemeView> themes() {
        return Theme.listInOrder().stream().map(ThemeView::of).toList();
    }

    @Query("theme")
    public ThemeView theme(@NonNull String slug) throws NotFoundError {
        return Theme.<Theme>findByIdOptional(slug).map(ThemeView::of).orElseThrow(() -> new NotFoundError("theme", slug));
    }

    public List<List<ProjectView>> projects(@Source List<ThemeView> themes) {
        return Batch.align(themes, ThemeView::slug, relations.projectsOfThemes(Batch.slugs(themes, ThemeView::slug)),
                ProjectView::of);
    }

    public List<List<KeyFigureView>> keyFigures(@Source List<ThemeView> themes) {
        return Batch.align(themes, ThemeView::slug, relations.figuresOfThemes(Batch.slugs(themes, ThemeView::slug)),
                KeyFigureView::of);
    }
}
