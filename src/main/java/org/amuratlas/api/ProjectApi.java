package org.amuratlas.api;

import jakarta.inject.Inject;
import org.amuratlas.read.Language;
import org.amuratlas.read.ProjectFilter;
import org.amuratlas.read.ProjectSort;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ProjectApi {

    @Inject
    ApiAtlas atlas;

    @Query("projects")
    @Description("Projects matching a filter, sorted and paged (the same query layer as the /projects page).")
    public @NonNull ProjectPage projects(ProjectFilterInput filter, @DefaultValue("NAME") ProjectSort sort,
            @DefaultValue("0") int offset, @DefaultValue(Arguments.DEFAULT_LIMIT) int limit,
            @Description(ApiAtlas.LANG_DESCRIPTION) Language lang) throws BadArgumentError {
        ProjectFilter criteria = filter == null ? ProjectFilter.NONE : filter.toFilter();
        Reading reading = atlas.of(lang);
        return Paging.toPage(reading.atlas().catalogue(criteria, sort, Arguments.page(offset, limit)),
                r -> new ProjectView(r, reading.in()), ProjectPage::new);
    }

    @Query("project")
    @Description("One project by its slug.")
    public ProjectView project(@NonNull String slug, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws NotFoundError {
        Reading reading = atlas.of(lang);
        return reading.atlas().project(slug).map(r -> new ProjectView(r, reading.in()))
                .orElseThrow(() -> new NotFoundError("project", slug));
    }
}
