package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.Project;
import org.amuratlas.model.ProjectCatalog;
import org.amuratlas.model.ProjectFilter;
import org.amuratlas.model.ProjectSort;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.RelationQueries;
import org.amuratlas.model.ResultPage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ResolverTransactions
public class ProjectApi {

    @Inject
    ProjectCatalog catalog;

    @Inject
    RelationQueries relations;

    @Query("projects")
    @Description("Projects matching a filter, sorted and paged (the same query layer as the /projects page).")
    public @NonNull ProjectPage projects(ProjectFilterInput filter, @DefaultValue("NAME") ProjectSort sort,
            @DefaultValue("0") int offset, @DefaultValue(Paging.DEFAULT_LIMIT) int limit) throws BadArgumentError {
        ProjectFilter criteria = filter == null ? ProjectFilter.NONE : filter.toFilter();
        if (criteria.text() != null && criteria.text().length() > 200) {
            throw new BadArgumentError("filter.text is too long (200 characters at most).");
        }
        ResultPage<Project> page = catalog.search(criteria, sort, Paging.request(offset, limit));
        return Paging.toPage(page, ProjectView::of, ProjectPage::new);
    }

    @Query("project")
    @Description("One project by its slug.")
    public ProjectView project(@NonNull String slug) throws NotFoundError {
        return Project.<Project>findByIdOptional(slug).map(ProjectView::of)
                .orElseThrow(() -> new NotFoundError("project", slug));
    }

    @Description("The project's places: endpoints first, in route order.")
    public List<List<PlaceView>> places(@Source List<ProjectView> projects) {
        return Batch.align(projects, ProjectView::slug,
                relations.placesOfProjects(Batch.slugs(projects, ProjectView::slug)), PlaceView::of);
    }

    public List<List<ThemeView>> themes(@Source List<ProjectView> projects) {
        return Batch.align(projects, ProjectView::slug,
                relations.themesOfProjects(Batch.slugs(projects, ProjectView::slug)), ThemeView::of);
    }

    public List<List<EventView>> events(@Source List<ProjectView> projects) {
        return Batch.align(projects, ProjectView::slug,
                relations.eventsOfProjects(Batch.slugs(projects, ProjectView::slug)), EventView::of);
    }

    public List<List<CitationView>> citations(@Source List<ProjectView> projects) {
        return CitationViews.forBatch(relations, RecordType.PROJECT, projects, ProjectView::slug);
    }
}
