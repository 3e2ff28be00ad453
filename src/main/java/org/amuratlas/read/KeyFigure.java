package org.amuratlas.read;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.model.FigureQualifier;

/**
 * One number a source prints, with its unit, qualifier and date, exactly as printed; written per language by
 * {@code i18n.FigureText}, for the pages and the API alike.
 */
public final class KeyFigure implements AtlasRecord {

    private final String slug;
    private final LocalizedText label;
    private final BigDecimal value;
    private final FigureQualifier qualifier;
    private final LocalizedText unit;
    private final LocalizedText asOf;
    private final boolean featured;
    private final int displayOrder;
    private final Theme theme;
    private final Project project;
    private final Place place;
    private final LocalizedText note;

    // relations, set once by AtlasBuilder
    List<Citation> citations = List.of();

    KeyFigure(org.amuratlas.model.KeyFigure entity, Translations.RecordTexts texts, Theme theme, Project project,
            Place place) {
        slug = entity.slug;
        label = texts.get("label", entity.label);
        value = entity.value;
        qualifier = entity.qualifier;
        unit = texts.get("unit", entity.unit);
        asOf = texts.get("as_of", entity.asOf);
        featured = entity.featured;
        displayOrder = entity.displayOrder;
        this.theme = theme;
        this.project = project;
        this.place = place;
        note = texts.get("note", entity.note);
    }

    @Override
    public RecordType type() {
        return RecordType.KEY_FIGURE;
    }

    @Override
    public String slug() {
        return slug;
    }

    public LocalizedText label() {
        return label;
    }

    @Override
    public LocalizedText title() {
        return label;
    }

    public BigDecimal value() {
        return value;
    }

    public FigureQualifier qualifier() {
        return qualifier;
    }

    public LocalizedText unit() {
        return unit;
    }

    /** The date or period the figure refers to. */
    public LocalizedText asOf() {
        return asOf;
    }

    /** Shown on the home page. */
    public boolean featured() {
        return featured;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public Theme theme() {
        return theme;
    }

    /** The project the figure is about, or null. */
    public Project project() {
        return project;
    }

    /** The place the figure is about, or null. */
    public Place place() {
        return place;
    }

    public LocalizedText note() {
        return note;
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public List<LocalizedText> searchTexts() {
        return AtlasRecord.present(label, note);
    }
}
