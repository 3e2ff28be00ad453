package org.amuratlas.read;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;

/** A cross-border undertaking with its themes, places (in route order), events and sources. */
public final class Project implements AtlasRecord {

    private final String slug;
    private final LocalizedText name;
    private final ProjectKind kind;
    private final ProjectStatus status;
    private final LocalizedText statusAsOf;
    private final Integer startYear;
    private final Integer completionYear;
    private final BigDecimal capacity;
    private final LocalizedText capacityUnit;
    private final FigureQualifier capacityQualifier;
    private final LocalizedText capacityNote;
    private final LocalizedText summary;
    private final LocalizedText note;

    // relations, set once by AtlasBuilder
    List<Theme> themes = List.of();
    List<Place> places = List.of();
    List<Event> events = List.of();
    List<KeyFigure> figures = List.of();
    List<Citation> citations = List.of();

    Project(org.amuratlas.model.Project entity, Translations.RecordTexts texts) {
        slug = entity.slug;
        name = texts.get("name", entity.name);
        kind = entity.kind;
        status = entity.status;
        statusAsOf = texts.get("status_as_of", entity.statusAsOf);
        startYear = entity.startYear;
        completionYear = entity.completionYear;
        capacity = entity.capacity;
        capacityUnit = texts.get("capacity_unit", entity.capacityUnit);
        capacityQualifier = entity.capacityQualifier;
        capacityNote = texts.get("capacity_note", entity.capacityNote);
        summary = texts.get("summary", entity.summary);
        note = texts.get("note", entity.note);
    }

    @Override
    public RecordType type() {
        return RecordType.PROJECT;
    }

    @Override
    public String slug() {
        return slug;
    }

    public LocalizedText name() {
        return name;
    }

    @Override
    public LocalizedText title() {
        return name;
    }

    public ProjectKind kind() {
        return kind;
    }

    public ProjectStatus status() {
        return status;
    }

    /** When the status was last reported, as the source dates it. */
    public LocalizedText statusAsOf() {
        return statusAsOf;
    }

    public Integer startYear() {
        return startYear;
    }

    public Integer completionYear() {
        return completionYear;
    }

    /** Headline capacity or figure, as printed. */
    public BigDecimal capacity() {
        return capacity;
    }

    public LocalizedText capacityUnit() {
        return capacityUnit;
    }

    /** How the source qualifies the headline figure ("more than"); null where it prints none. */
    public FigureQualifier capacityQualifier() {
        return capacityQualifier;
    }

    public LocalizedText capacityNote() {
        return capacityNote;
    }

    public LocalizedText summary() {
        return summary;
    }

    public LocalizedText note() {
        return note;
    }

    /** By display order. */
    public List<Theme> themes() {
        return themes;
    }

    /** In route order from end to end (maps draw the route through them in this order), then other sites. */
    public List<Place> places() {
        return places;
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
