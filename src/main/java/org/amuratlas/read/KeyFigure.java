package org.amuratlas.read;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.amuratlas.model.FigureQualifier;

/** One number a source prints, with its unit, qualifier and date, exactly as printed. */
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
    private final String displayValue;

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
        displayValue = qualifier.prefix
                + new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
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

    /** "more than 80", "2,981": the number as printed, with the source's own hedge. */
    public String displayValue() {
        return displayValue;
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
