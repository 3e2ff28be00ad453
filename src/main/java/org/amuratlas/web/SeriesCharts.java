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
import org.amuratlas.read.Measure;
import org.amuratlas.read.Observation;
import org.amuratlas.read.Series;

/**
 * Turns a series into SVG charts, one per chart group of measures (the data guarantees one unit per group, or a
 * declared common unit with conversion factors, so a chart never compares unlike quantities). Yearly groups become
 * line charts, groups of several one-off figures labelled bars. A group holding a single value gets no chart: one bar
 * compares nothing, the table shows it.
 */
@ApplicationScoped
public class SeriesCharts {

    public List<String> chartsFor(Series series) {
        // grouped by the English group name: translations of one group's name need not be worded alike
        Map<String, List<Measure>> byGroup = new LinkedHashMap<>();
        for (Measure measure : series.measures()) {
            byGroup.computeIfAbsent(measure.chartGroup().english(), group -> new ArrayList<>()).add(measure);
        }
        List<String> charts = new ArrayList<>();
        int index = 0;
        for (List<Measure> measures : byGroup.values()) {
            String id = "chart-" + series.slug() + "-" + index++;
            String title = measures.get(0).chartGroup().text();
            String unit = measures.get(0).unit().text();
            if (isYearly(series, measures)) {
                List<ChartLine> lines = measures.stream()
                        .map(m -> new ChartLine(m.label().text(), series.observationsOf(m).stream()
                                .map(o -> new ChartPoint(o.periodYear(), o.value().doubleValue())).toList()))
                        .toList();
                charts.add(LineChart.svg(id, title, describe(series, measures), "Year", unit, lines));
            } else if (measures.stream().mapToLong(m -> series.observationsOf(m).size()).sum() > 1) {
                List<Bar> bars = measures.stream().flatMap(m -> series.observationsOf(m).stream()
                        .map(o -> new Bar(m.label().text() + " (" + o.period() + ")", scaled(m, o),
                                o.qualifier().prefix + o.value().stripTrailingZeros().toPlainString() + " "
                                        + m.unit().text())))
                        .toList();
                String scale = measures.get(0).commonUnit() == null ? ""
                        : " Bars are drawn to one scale in " + measures.get(0).commonUnit().text()
                                + "; values are as printed.";
                charts.add(BarChart.svg(id, title, describe(series, measures) + scale, bars));
            }
        }
        return charts;
    }

    /** The value on the chart's common scale (the printed value where the group shares one unit). */
    private static double scaled(Measure measure, Observation observation) {
        return measure.toCommonUnit() == null ? observation.value().doubleValue()
                : observation.value().multiply(measure.toCommonUnit()).doubleValue();
    }

    private static boolean isYearly(Series series, List<Measure> measures) {
        return measures.stream().allMatch(m -> series.observationsOf(m).size() > 2
                && series.observationsOf(m).stream().allMatch(o -> o.periodLabel() == null));
    }

    private static String describe(Series series, List<Measure> measures) {
        StringBuilder text = new StringBuilder(series.title().text()).append(". ");
        for (Measure measure : measures) {
            text.append(measure.label().text()).append(" (").append(measure.unit().text()).append("): ");
            text.append(String.join(", ", series.observationsOf(measure).stream()
                    .map(o -> o.period() + " " + o.qualifier().prefix + o.value().stripTrailingZeros().toPlainString())
                    .toList()));
            text.append(". ");
        }
        return text.toString().trim();
    }
}
