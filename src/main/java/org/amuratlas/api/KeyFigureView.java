package org.amuratlas.api;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.read.KeyFigure;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("KeyFigure")
@Description("A number as a source prints it, with its qualifier (\"more than\"), unit and date.")
public final class KeyFigureView {

    private final KeyFigure figure;

    private final Formats.Local in;

    KeyFigureView(KeyFigure figure, Formats.Local in) {
        this.figure = figure;
        this.in = in;
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

    @Description("The unit of value, in the request's language (\"billion cubic metres\", «млрд куб. м», 十亿立方米).")
    public @NonNull String getUnit() {
        return figure.unit().text();
    }

    public @NonNull String getAsOf() {
        return figure.asOf().text();
    }

    @Description("The value with its qualifier in the request's language, to go with unit: \"more than 80\","
            + " «более 80», 超过80.")
    public @NonNull String getDisplayValue() {
        return in.figures().qualified(figure.value(), figure.qualifier());
    }

    @Description("The whole figure as a reader reads it in the request's language, qualifier, value and unit:"
            + " \"more than 80 billion cubic metres\", «более 80 млрд куб. м», 超过800亿立方米.")
    public @NonNull String getDisplayText() {
        return Views.figure(in, figure.value(), figure.qualifier(), figure.unit());
    }

    public boolean isFeatured() {
        return figure.featured();
    }

    public String getNote() {
        return Views.text(figure.note());
    }

    public List<CitationView> getCitations() {
        return Views.of(figure.citations(), CitationView::new, in);
    }
}
