package org.amuratlas.api;

import java.math.BigDecimal;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.KeyFigure;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("KeyFigure")
@Description("A number as a source prints it, with its qualifier (\"more than\"), unit and date.")
public record KeyFigureView(String slug, String label, BigDecimal value, FigureQualifier qualifier, String unit,
        String asOf, @Description("The value with its qualifier, e.g. \"more than 80\".") String displayValue,
        boolean featured, String note) {

    static KeyFigureView of(KeyFigure f) {
        return new KeyFigureView(f.slug, f.label, f.value, f.qualifier, f.unit, f.asOf, f.displayValue(), f.featured,
                f.note);
    }
}
