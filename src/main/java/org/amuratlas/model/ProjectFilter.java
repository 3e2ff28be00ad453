package org.amuratlas.model;

/**
 * The catalogue filter, shared by the web catalogue and the GraphQL {@code projects} query. Every field is
 * optional; a null field does not filter.
 *
 * @param theme theme slug
 * @param place place slug (a project at or through that place)
 * @param fromYear projects still running in or after this year (completion year, or start year, or open-ended)
 * @param toYear projects started in or before this year
 * @param text words to find in name, summary or place names (all three languages)
 */
public record ProjectFilter(String theme, ProjectStatus status, ProjectKind kind, Country country, String place,
        Integer fromYear, Integer toYear, String text) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null, null);

    public static ProjectFilter byTheme(String theme) {
        return new ProjectFilter(theme, null, null, null, null, null, null, null);
    }

    public static ProjectFilter byPlace(String place) {
        return new ProjectFilter(null, null, null, null, place, null, null, null);
    }
}
