package org.amuratlas.api;

import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.read.Measure;
import org.amuratlas.read.Observation;
import org.amuratlas.read.Series;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Series")
@Description("A statistical table: its measures (columns) and observations, values as printed.")
public final class SeriesView {

    private final Series series;

    private final Formats.Local in;

    SeriesView(Series series, Formats.Local in) {
        this.series = series;
        this.in = in;
    }

    @Type("Measure")
    public record MeasureView(@NonNull String code, @NonNull String label, @NonNull String unit, boolean percent) {

        static MeasureView of(Measure m) {
            return new MeasureView(m.code(), m.label().text(), m.unit().text(), m.percent());
        }
    }

    @Type("Observation")
    public record ObservationView(@NonNull String measureCode, @NonNull String period, int periodYear,
            @NonNull BigDecimal value, @NonNull FigureQualifier qualifier,
            @Description("The value with its source's hedge, written in the request's language as the series table"
                    + " writes it: \"79.7\", \"more than 80\", «79,7», «−2,5», 超过80.") @NonNull String displayValue,
            String note) {

        static ObservationView of(Observation o, Formats.Local in) {
            return new ObservationView(o.measureCode(), o.period(), o.periodYear(), o.value(), o.qualifier(),
                    in.figures().qualified(o.value(), o.qualifier()), Views.text(o.note()));
        }
    }

    public @NonNull String getSlug() {
        return series.slug();
    }

    public @NonNull String getTitle() {
        return series.title().text();
    }

    public @NonNull String getDescription() {
        return series.description().text();
    }

    public @NonNull String getUnitAsPrinted() {
        return series.unitAsPrinted().text();
    }

    public String getUnitNote() {
        return Views.text(series.unitNote());
    }

    public @NonNull List<MeasureView> getMeasures() {
        return Views.of(series.measures(), MeasureView::of);
    }

    public @NonNull List<ObservationView> getObservations() {
        return Views.of(series.observations(), ObservationView::of, in);
    }

    @Description("Where the series comes from: source and table or section.")
    public List<CitationView> getCitations() {
        return Views.of(series.citations(), CitationView::new, in);
    }
}
