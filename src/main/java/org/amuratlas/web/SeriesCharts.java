package org.amuratlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amuratlas.chart.Bar;
import org.amuratlas.chart.BarChart;
import org.amuratlas.chart.ChartLine;
import org.amuratlas.chart.ChartPoint;
import org.amuratlas.chart.LineChart;
import org.amuratlas.model.Observation;
import org.amuratlas.model.Series;
import org.amuratlas.model.SeriesMeasure;

/**
 * Turns a series into SVG charts, one per chart group of measures (the data guarantees one unit per group, or a
 * declared common unit with conversion factors, so a chart never compares unlike quantities). Yearly groups become line charts, groups of several one-off figures
 * labelled bars. A group holding a single value gets no chart: one bar compares nothing, the table shows it.
 */
@ApplicationScoped
public class SeriesCharts {

    public List<String> chartsFor(Series series) {
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
                charts.add(LineChart.svg(id, title, describe(series, measures), "Year", unit, lines));
            } else if (measures.stream().mapToLong(m -> observationsOf(series, m).size()).sum() > 1) {
                List<Bar> bars = measures.stream().flatMap(m -> observationsOf(series, m).stream()
                        .map(o -> new Bar(m.label + " (" + o.period() + ")", scaled(m, o),
                                o.qualifier.prefix + o.value.stripTrailingZeros().toPlainString() + " " + m.unit)))
                        .toList();
                String scale = measures.get(0).commonUnit == null ? ""
                        : " Bars are drawn to one scale in " + measures.get(0).commonUnit + "; values are as printed.";
                charts.add(BarChart.svg(id, title, describe(series, measures) + scale, bars));
            }
        }
        return charts;
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

    private static String describe(Series series, List<SeriesMeasure> measures) {
        StringBuilder text = new StringBuilder(series.title).append(". ");
        for (SeriesMeasure measure : measures) {
            text.append(measure.label).append(" (").append(measure.unit).append("): ");
            text.append(String.join(", ", observationsOf(series, measure).stream()
                    .map(o -> o.period() + " " + o.qualifier.prefix + o.value.stripTrailingZeros().toPlainString())
                    .toList()));
            text.append(". ");
        }
        return text.toString().trim();
    }
}
