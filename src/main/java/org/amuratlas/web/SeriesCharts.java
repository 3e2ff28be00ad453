package org.amuratlas.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amuratlas.chart.Bar;
import org.amuratlas.chart.BarChart;
import org.amuratlas.chart.ChartLine;
import org.amuratlas.chart.ChartPoint;
import org.amuratlas.chart.ChartText;
import org.amuratlas.chart.LineChart;
import org.amuratlas.i18n.Formats;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.NumberText;
import org.amuratlas.model.Observation;
import org.amuratlas.model.Series;
import org.amuratlas.model.SeriesMeasure;

/**
 * Turns a series into SVG charts, one per chart group of measures (the data guarantees one unit per group, or a
 * declared common unit with conversion factors, so a chart never compares unlike quantities). Yearly groups become
 * line charts, groups of several one-off figures labelled bars. A group holding a single value gets no chart: one
 * bar compares nothing, the table shows it. Axis words, tooltips, numbers and the charts' descriptions are in the
 * reader's language; titles, measure labels and units are the series' own text.
 */
@ApplicationScoped
public class SeriesCharts {

    @Inject
    ReaderLanguage reader;

    @Inject
    Formats formats;

    public List<String> chartsFor(Series series) {
        Language language = reader.get();
        AtlasMessages msg = MessageBundles.get(AtlasMessages.class, Localized.Literal.of(language.code));
        Formats.Local local = formats.of(language);
        ChartText text = chartText(msg, local.numbers());
        Map<String, List<SeriesMeasure>> byGroup = new LinkedHashMap<>();
        for (SeriesMeasure measure : series.measures) {
            byGroup.computeIfAbsent(measure.chartGroup, group -> new ArrayList<>()).add(measure);
        }
        List<String> charts = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<SeriesMeasure>> group : byGroup.entrySet()) {
            String id = "chart-" + series.slug + "-" + index++;
            List<SeriesMeasure> measures = group.getValue();
            String title = group.getKey();
            String unit = measures.get(0).unit;
            if (isYearly(series, measures)) {
                List<ChartLine> lines = measures.stream()
                        .map(m -> new ChartLine(m.label, observationsOf(series, m).stream()
                                .map(o -> new ChartPoint(o.periodYear, o.value.doubleValue())).toList()))
                        .toList();
                charts.add(LineChart.svg(id, title, describe(series, measures, msg, local), msg.chart_year(), unit,
                        lines, text));
            } else if (measures.stream().mapToLong(m -> observationsOf(series, m).size()).sum() > 1) {
                List<Bar> bars = measures.stream().flatMap(m -> observationsOf(series, m).stream()
                        .map(o -> new Bar(msg.chart_bar_label(m.label, o.period()), scaled(m, o),
                                // the unit is the series' own English text until its translation is passed here
                                local.figures().figure(o.value, o.qualifier, m.unit, null).text())))
                        .toList();
                String scale = measures.get(0).commonUnit == null ? ""
                        : " " + msg.chart_common_scale(measures.get(0).commonUnit);
                charts.add(BarChart.svg(id, title, describe(series, measures, msg, local) + scale, bars));
            }
        }
        return charts;
    }

    private static ChartText chartText(AtlasMessages msg, NumberText numbers) {
        return new ChartText() {
            @Override
            public String number(double value) {
                return numbers.format(value, 2);
            }

            @Override
            public String point(String line, int year, String value) {
                return msg.chart_point(line, year, value);
            }
        };
    }

    /** The value on the chart's common scale (the printed value where the group shares one unit). */
    private static double scaled(SeriesMeasure measure, Observation observation) {
        return measure.toCommonUnit == null ? observation.value.doubleValue()
                : observation.value.multiply(measure.toCommonUnit).doubleValue();
    }

    private static boolean isYearly(Series series, List<SeriesMeasure> measures) {
        return measures.stream().allMatch(m -> observationsOf(series, m).size() > 2
                && observationsOf(series, m).stream().allMatch(o -> o.periodLabel == null));
    }

    private static List<Observation> observationsOf(Series series, SeriesMeasure measure) {
        return series.observations.stream().filter(o -> o.measureCode.equals(measure.code)).toList();
    }

    /** For screen readers: the series, then each measure with its unit and values, one sentence each. */
    private static String describe(Series series, List<SeriesMeasure> measures, AtlasMessages msg, Formats.Local local) {
        StringBuilder text = new StringBuilder(msg.sentence(series.title));
        for (SeriesMeasure measure : measures) {
            String values = String.join(msg.list_sep(), observationsOf(series, measure).stream()
                    .map(o -> msg.chart_value(o.period(), local.figures().qualified(o.value, o.qualifier)))
                    .toList());
            text.append(msg.sentence(msg.chart_measure_values(measure.label, measure.unit, values)));
        }
        return text.toString().trim();
    }
}
