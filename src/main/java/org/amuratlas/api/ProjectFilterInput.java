package org.amuratlas.api;

import org.amuratlas.model.Country;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;
import org.amuratlas.read.ProjectFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ProjectFilter")
@Description("Every field is optional; fields combine with AND. The same filter drives the /projects page.")
public record ProjectFilterInput(@Description("Theme slug") String theme, ProjectStatus status, ProjectKind kind,
        @Description("Country of any of the project's places") Country country,
        @Description("Place slug") String place,
        @Description("Projects still running in or after this year") Integer fromYear,
        @Description("Projects started in or before this year") Integer toYear,
        @Description("Words in the name, summary or place names (English, Russian, Chinese)") String text,
        @Description("With fromYear or toYear: also keep projects with neither a start nor a completion year "
                + "(left out by default)") Boolean includeUndated) {

    ProjectFilter toFilter() throws BadArgumentError {
        return new ProjectFilter(theme, status, kind, country, place, fromYear, toYear,
                Arguments.phrase(text, "filter.text"), Boolean.TRUE.equals(includeUndated));
    }
}
