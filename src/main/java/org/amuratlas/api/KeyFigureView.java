package org.amuratlas.api;

import java.math.BigDecimal;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.KeyFigure;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("KeyFigure")
@Description("A number as a source prints it, with its qualifier (\"more than\"), unit and date.")
public record KeyFigureView(@NonNull String slug, @NonNull String label, @NonNull BigDecimal value, @NonNull FigureQualifier qualifier, @NonNull String unit,
        @NonNull String asOf, @Description("The value with its qualifier, e.g. \"more than 80\".") @NonNull String displayValue,
        boolean featured, String note) {

    static KeyFigureView of(KeyFigure f) {
        return new KeyFigureView(f.slug, f.label, f.value, f.qualifier, f.unit, f.asOf, f.displayValue(), f.featured,
                f.note);
    }
}
