package org.amuratlas.api;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.i18n.Formats;
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

    private final Formats.Local in;

    ProjectView(Project project, Formats.Local in) {
        this.project = project;
        this.in = in;
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

    @Description("The unit of capacity, in the request's language.")
    public String getCapacityUnit() {
        return Views.text(project.capacityUnit());
    }

    @Description("How the source qualifies the headline figure (\"more than\"), EXACT when it does not.")
    public FigureQualifier getCapacityQualifier() {
        return project.capacityQualifier();
    }

    @Description("The headline figure as a reader reads it in the request's language, qualifier, value and unit"
            + " (\"38 billion cubic metres\", «38 млрд куб. м», 380亿立方米); null where there is none.")
    public String getCapacityText() {
        return project.capacity() == null ? null
                : Views.figure(in, project.capacity(), project.capacityQualifier(), project.capacityUnit());
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
        return Views.of(project.places(), PlaceView::new, in);
    }

    public List<ThemeView> getThemes() {
        return Views.of(project.themes(), ThemeView::new, in);
    }

    public List<EventView> getEvents() {
        return Views.of(project.events(), EventView::new, in);
    }

    public List<CitationView> getCitations() {
        return Views.of(project.citations(), CitationView::new, in);
    }
}
