package org.amuratlas.api;

import java.math.BigDecimal;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.Project;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Project")
public record ProjectView(@NonNull String slug, @NonNull String name, @NonNull ProjectKind kind, @NonNull ProjectStatus status,
        @Description("When the status was last reported.") @NonNull String statusAsOf, Integer startYear,
        Integer completionYear, @Description("Headline capacity or figure, as printed.") BigDecimal capacity,
        String capacityUnit,
        @Description("How the source qualifies the headline figure (\"more than\"), EXACT when it does not.") FigureQualifier capacityQualifier,
        String capacityNote, @NonNull String summary, String note) {

    static ProjectView of(Project p) {
        return new ProjectView(p.slug, p.name, p.kind, p.status, p.statusAsOf, p.startYear, p.completionYear,
                p.capacity, p.capacityUnit, p.capacityQualifier, p.capacityNote, p.summary, p.note);
    }
}
