package org.amuratlas.api;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.Series;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Series")
@Description("A statistical table: its measures (columns) and observations, values as printed.")
public record SeriesView(@NonNull String slug, @NonNull String title, @NonNull String description, @NonNull String unitAsPrinted, String unitNote,
        @NonNull List<Measure> measures, @NonNull List<ObservationView> observations) {

    @Type("Measure")
    public record Measure(@NonNull String code, @NonNull String label, @NonNull String unit, boolean percent) {
    }

    @Type("Observation")
    public record ObservationView(@NonNull String measureCode, @NonNull String period, int periodYear, @NonNull BigDecimal value,
            @NonNull FigureQualifier qualifier, String note) {
    }

    static SeriesView of(Series s) {
        return new SeriesView(s.slug, s.title, s.description, s.unitAsPrinted, s.unitNote,
                s.measures.stream().map(m -> new Measure(m.code, m.label, m.unit, m.percent)).toList(),
                s.observations.stream().map(o -> new ObservationView(o.measureCode, o.period(), o.periodYear,
                        o.value, o.qualifier, o.note)).toList());
    }
}
