package org.amuratlas.api;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;
import org.amuratlas.read.Project;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Project")
public final class ProjectView {

    private final Project project;

    ProjectView(Project project) {
        this.project = project;
    }

    public @NonNull String getSlug() {
        return project.slug();
    }

    public @NonNull String getName() {
        return project.name().text();
    }

    public @NonNull ProjectKind getKind() {
        return project.kind();
    }

    public @NonNull ProjectStatus getStatus() {
        return project.status();
    }

    @Description("When the status was last reported.")
    public @NonNull String getStatusAsOf() {
        return project.statusAsOf().text();
    }

    public Integer getStartYear() {
        return project.startYear();
    }

    public Integer getCompletionYear() {
        return project.completionYear();
    }

    @Description("Headline capacity or figure, as printed.")
    public BigDecimal getCapacity() {
        return project.capacity();
    }

    public String getCapacityUnit() {
        return Views.text(project.capacityUnit());
    }

    @Description("How the source qualifies the headline figure (\"more than\"), EXACT when it does not.")
    public FigureQualifier getCapacityQualifier() {
        return project.capacityQualifier();
    }

    public String getCapacityNote() {
        return Views.text(project.capacityNote());
    }

    public @NonNull String getSummary() {
        return project.summary().text();
    }

    public String getNote() {
        return Views.text(project.note());
    }

    @Description("The project's places: endpoints first, in route order.")
    public List<PlaceView> getPlaces() {
        return Views.of(project.places(), PlaceView::new);
    }

    public List<ThemeView> getThemes() {
        return Views.of(project.themes(), ThemeView::new);
    }

    public List<EventView> getEvents() {
        return Views.of(project.events(), EventView::new);
    }

    public List<CitationView> getCitations() {
        return Views.of(project.citations(), CitationView::new);
    }
}
