package org.amuratlas.read;

import java.util.List;

/** A statistical table: its measures (columns) and observations, with the unit as printed. */
public final class Series implements AtlasRecord {

    private final String slug;
    private final LocalizedText title;
    private final LocalizedText description;
    private final LocalizedText unitAsPrinted;
    private final LocalizedText unitNote;
    private final int displayOrder;
    private final Theme theme;
    private final List<Measure> measures;
    private final List<Observation> observations;

    // relations, set once by AtlasBuilder
    List<Citation> citations = List.of();

    Series(org.amuratlas.model.Series entity, Translations.RecordTexts texts, Theme theme, List<Measure> measures,
            List<Observation> observations) {
        slug = entity.slug;
        title = texts.get("title", entity.title);
        description = texts.get("description", entity.description);
        unitAsPrinted = texts.get("unit_as_printed", entity.unitAsPrinted);
        unitNote = texts.get("unit_note", entity.unitNote);
        displayOrder = entity.displayOrder;
        this.theme = theme;
        this.measures = measures;
        this.observations = observations;
    }

    @Override
    public RecordType type() {
        return RecordType.SERIES;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    /** The unit exactly as the source prints it. */
    public LocalizedText unitAsPrinted() {
        return unitAsPrinted;
    }

    /** Editorial note where the printed unit is doubtful. */
    public LocalizedText unitNote() {
        return unitNote;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public Theme theme() {
        return theme;
    }

    /** The columns, in the order the source prints them. */
    public List<Measure> measures() {
        return measures;
    }

    /** By year, then measure code. */
    public List<Observation> observations() {
        return observations;
    }

    /** The observations of one measure, by year. */
    public List<Observation> observationsOf(Measure measure) {
        return observations.stream().filter(o -> o.measureCode().equals(measure.code())).toList();
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public List<LocalizedText> searchTexts() {
        return AtlasRecord.present(title, description, unitNote);
    }
}
