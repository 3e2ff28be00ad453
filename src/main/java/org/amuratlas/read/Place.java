package org.amuratlas.read;

import java.util.List;
import org.amuratlas.model.Country;
import org.amuratlas.model.PlaceKind;

/** A city, crossing, port, field or region, named in all three languages whatever the reader's. */
public final class Place implements AtlasRecord {

    private final String slug;
    private final LocalizedText name;
    private final String nameEn;
    private final String nameRu;
    private final String nameZh;
    private final Country country;
    private final LocalizedText region;
    private final PlaceKind kind;
    private final double latitude;
    private final double longitude;
    private final List<String> outline;
    private final LocalizedText summary;
    private final LocalizedText note;

    // relations, set once by AtlasBuilder
    List<Project> projects = List.of();
    List<Event> events = List.of();
    List<KeyFigure> figures = List.of();
    List<Citation> citations = List.of();

    Place(org.amuratlas.model.Place entity, Translations.RecordTexts texts, Language language) {
        slug = entity.slug;
        name = LocalizedText.of(language, entity.nameEn, entity.nameRu, entity.nameZh);
        nameEn = entity.nameEn;
        nameRu = entity.nameRu;
        nameZh = entity.nameZh;
        country = entity.country;
        region = texts.get("region", entity.region);
        kind = entity.kind;
        latitude = entity.latitude;
        longitude = entity.longitude;
        outline = entity.outline == null || entity.outline.isBlank() ? List.of()
                : List.of(entity.outline.strip().split("\\s+"));
        summary = texts.get("summary", entity.summary);
        note = texts.get("note", entity.note);
    }

    @Override
    public RecordType type() {
        return RecordType.PLACE;
    }

    @Override
    public String slug() {
        return slug;
    }

    /** The name in the reader's language (every place is named in all three). */
    public LocalizedText name() {
        return name;
    }

    @Override
    public LocalizedText title() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameZh() {
        return nameZh;
    }

    public Country country() {
        return country;
    }

    /** Province, oblast or krai (or the country for regions themselves). */
    public LocalizedText region() {
        return region;
    }

    public PlaceKind kind() {
        return kind;
    }

    /** WGS84 degrees; approximate centre for regions. */
    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    /**
     * The ISO 3166 codes of the outline's areas that make up a region or country on the map ({@code CN-HL},
     * {@code RU}); empty for points and for areas without an outline.
     */
    public List<String> outline() {
        return outline;
    }

    public LocalizedText summary() {
        return summary;
    }

    public LocalizedText note() {
        return note;
    }

    /** Projects at or through the place, by name. */
    public List<Project> projects() {
        return projects;
    }

    /** In date order. */
    public List<Event> events() {
        return events;
    }

    public List<KeyFigure> figures() {
        return figures;
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public List<LocalizedText> searchTexts() {
        return AtlasRecord.present(name, summary, note);
    }
}
