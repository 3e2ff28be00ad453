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
import org.amuratlas.i18n.FigureText;
import org.amuratlas.i18n.Formats;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.NumberText;
import org.amuratlas.read.LocalizedText;
import org.amuratlas.read.Measure;
import org.amuratlas.read.Observation;
import org.amuratlas.read.Series;

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

    /**
     * The series' charts as SVG; where its figures cannot share a scale (different periods, cumulative beside
     * yearly), a short note saying so takes the chart's place, as an HTML paragraph.
     */
    public List<String> chartsFor(Series series) {
        Language language = reader.get();
        AtlasMessages msg = MessageBundles.get(AtlasMessages.class, Localized.Literal.of(language.code));
        Formats.Local local = formats.of(language);
        ChartText text = chartText(msg, local.numbers(), local.figures());
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
                charts.add(LineChart.svg(id, title, describe(series, measures, msg, local), msg.chart_year(), unit,
                        lines, text));
            } else if (measures.stream().mapToLong(m -> series.observationsOf(m).size()).sum() > 1) {
                // only figures of one period share a scale: a cumulative total beside a yearly amount, or two
                // different years, would be read as comparable
                Map<String, List<Bar>> byPeriod = new LinkedHashMap<>();
                for (Measure m : measures) {
                    for (Observation o : series.observationsOf(m)) {
                        byPeriod.computeIfAbsent(o.periodLabel() == null ? Integer.toString(o.periodYear())
                                : o.periodLabel().english(), k -> new ArrayList<>())
                                .add(new Bar(msg.chart_bar_label(m.label().text(), o.period()), scaled(m, o),
                                        local.figures().figure(o.value(), o.qualifier(), m.unit().english(),
                                                translatedOrNull(m.unit())).text()));
                    }
                }
                String scale = measures.get(0).commonUnit() == null ? ""
                        : " " + msg.chart_common_scale(measures.get(0).commonUnit().text());
                boolean drawn = false;
                int part = 0;
                for (List<Bar> bars : byPeriod.values()) {
                    if (bars.size() > 1) {
                        charts.add(BarChart.svg(id + "-" + part++, title, describe(series, measures, msg, local) + scale, bars));
                        drawn = true;
                    }
                }
                if (!drawn) {
                    charts.add("<p class=\"note\">" + org.amuratlas.chart.XmlText.escape(msg.chart_periods_differ()) + "</p>");
                }
            }
        }
        return charts;
    }

    private static ChartText chartText(AtlasMessages msg, NumberText numbers, FigureText figures) {
        return new ChartText() {
            @Override
            public String number(double value) {
                return numbers.format(value, 2);
            }

            @Override
            public String point(String line, int year, String value, String unit) {
                return msg.chart_point(line, year, value + figures.joiner(unit) + unit);
            }
        };
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

    /** The unit's translation for the figure writer, which falls back to the English unit when there is none. */
    private static String translatedOrNull(LocalizedText unit) {
        return unit.translated() ? unit.text() : null;
    }

    /** For screen readers: the series, then each measure with its unit and values, one sentence each. */
    private static String describe(Series series, List<Measure> measures, AtlasMessages msg, Formats.Local local) {
        StringBuilder text = new StringBuilder(msg.sentence(series.title().text()));
        for (Measure measure : measures) {
            String values = String.join(msg.list_sep(), series.observationsOf(measure).stream()
                    .map(o -> msg.chart_value(o.period(), local.figures().qualified(o.value(), o.qualifier())))
                    .toList());
            text.append(msg.sentence(msg.chart_measure_values(measure.label().text(), measure.unit().text(), values)));
        }
        return text.toString().trim();
    }
}
