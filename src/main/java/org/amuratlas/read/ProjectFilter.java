package org.amuratlas.read;

import org.amuratlas.model.Country;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;

/**
 * The catalogue filter, shared by the web catalogue and the GraphQL {@code projects} query. Every field is
 * optional; a null field does not filter.
 *
 * @param theme theme slug
 * @param place place slug (a project at or through that place)
 * @param fromYear projects still running in or after this year (completion year, or open-ended)
 * @param toYear projects started in or before this year (or with no start year)
 * @param text words to find in the name or summary (any language) or in the names of the project's places
 * @param includeUndated with a year filter, whether projects with neither a start nor a completion year are kept
 *        (they are not by default: an undated project is not known to run in the years asked for)
 */
public record ProjectFilter(String theme, ProjectStatus status, ProjectKind kind, Country country, String place,
        Integer fromYear, Integer toYear, Phrase text, boolean includeUndated) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null, null, false);

    public ProjectFilter(String theme, ProjectStatus status, ProjectKind kind, Country country, String place,
            Integer fromYear, Integer toYear, Phrase text) {
        this(theme, status, kind, country, place, fromYear, toYear, text, false);
    }

    /** Whether the project has neither a start nor a completion year. */
    public static boolean undated(Project project) {
        return project.startYear() == null && project.completionYear() == null;
    }

    boolean accepts(Project project) {
        return (theme == null || project.themes().stream().anyMatch(t -> t.slug().equals(theme)))
                && (status == null || project.status() == status)
                && (kind == null || project.kind() == kind)
                && (country == null || project.places().stream().anyMatch(p -> p.country() == country))
                && (place == null || project.places().stream().anyMatch(p -> p.slug().equals(place)))
                && (fromYear == null && toYear == null || includeUndated || !undated(project))
                && (fromYear == null || project.completionYear() == null || project.completionYear() >= fromYear)
                && (toYear == null || project.startYear() == null || project.startYear() <= toYear)
                && (text == null || mentions(project, text));
    }

    private static boolean mentions(Project project, Phrase text) {
        return project.name().variantContaining(text) != null || project.summary().variantContaining(text) != null
                || project.places().stream().anyMatch(p -> p.name().variantContaining(text) != null);
    }
}
