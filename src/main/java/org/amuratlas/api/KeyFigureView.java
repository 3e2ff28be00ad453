package org.amuratlas.api;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.read.KeyFigure;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("KeyFigure")
@Description("A number as a source prints it, with its qualifier (\"more than\"), unit and date.")
public final class KeyFigureView {

    private final KeyFigure figure;

    KeyFigureView(KeyFigure figure) {
        this.figure = figure;
    }

    public @NonNull String getSlug() {
        return figure.slug();
    }

    public @NonNull String getLabel() {
        return figure.label().text();
    }

    public @NonNull BigDecimal getValue() {
        return figure.value();
    }

    public @NonNull FigureQualifier getQualifier() {
        return figure.qualifier();
    }

    public @NonNull String getUnit() {
        return figure.unit().text();
    }

    public @NonNull String getAsOf() {
        return figure.asOf().text();
    }

    @Description("The value with its qualifier, e.g. \"more than 80\".")
    public @NonNull String getDisplayValue() {
        return figure.displayValue();
    }

    public boolean isFeatured() {
        return figure.featured();
    }

    public String getNote() {
        return Views.text(figure.note());
    }

    public List<CitationView> getCitations() {
        return Views.of(figure.citations(), CitationView::new);
    }
}
