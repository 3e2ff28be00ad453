package org.amuratlas.read;

import java.util.List;

/** A strand of the cooperation, with everything the atlas files under it. */
public final class Theme implements AtlasRecord {

    private final String slug;
    private final LocalizedText title;
    private final LocalizedText intro;
    private final LocalizedText overview;
    private final int displayOrder;

    // relations, set once by AtlasBuilder
    List<Project> projects = List.of();
    List<Event> events = List.of();
    List<KeyFigure> figures = List.of();
    List<Series> series = List.of();
    List<Challenge> challenges = List.of();
    List<Recommendation> recommendations = List.of();
    List<Perspective> perspectives = List.of();
    List<Source> sources = List.of();

    Theme(org.amuratlas.model.Theme entity, Translations.RecordTexts texts) {
        slug = entity.slug;
        title = texts.get("title", entity.title);
        intro = texts.get("intro", entity.intro);
        overview = texts.get("overview", entity.overview);
        displayOrder = entity.displayOrder;
    }

    @Override
    public RecordType type() {
        return RecordType.THEME;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public LocalizedText title() {
        return title;
    }

    public LocalizedText intro() {
        return intro;
    }

    public LocalizedText overview() {
        return overview;
    }

    public int displayOrder() {
        return displayOrder;
    }

    /** Its projects by name. */
    public List<Project> projects() {
        return projects;
    }

    /** Its slice of the timeline, in date order. */
    public List<Event> events() {
        return events;
    }

    public List<KeyFigure> figures() {
        return figures;
    }

    public List<Series> series() {
        return series;
    }

    public List<Challenge> challenges() {
        return challenges;
    }

    public List<Recommendation> recommendations() {
        return recommendations;
    }

    public List<Perspective> perspectives() {
        return perspectives;
    }

    /** The sources behind everything above, newest first. */
    public List<Source> sources() {
        return sources;
    }

    @Override
    public List<LocalizedText> searchTexts() {
        return List.of(title, intro, overview);
    }

    @Override
    public List<Citation> citations() {
        return List.of();
    }
}
