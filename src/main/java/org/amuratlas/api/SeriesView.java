package org.amuratlas.api;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.model.Series;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("Series")
@Description("A statistical table: its measures (columns) and observations, values as printed.")
public record SeriesView(String slug, String title, String description, String unitAsPrinted, String unitNote,
        List<Measure> measures, List<ObservationView> observations) {

    @Type("Measure")
    public record Measure(String code, String label, String unit, boolean percent) {
    }

    @Type("Observation")
    public record ObservationView(String measureCode, String period, int periodYear, BigDecimal value,
            FigureQualifier qualifier, String note) {
    }

    static SeriesView of(Series s) {
        return new SeriesView(s.slug, s.title, s.description, s.unitAsPrinted, s.unitNote,
                s.measures.stream().map(m -> new Measure(m.code, m.label, m.unit, m.percent)).toList(),
                s.observations.stream().map(o -> new ObservationView(o.measureCode, o.period(), o.periodYear,
                        o.value, o.qualifier, o.note)).toList());
    }
}
