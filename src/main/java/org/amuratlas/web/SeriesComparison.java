package org.amuratlas.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.amuratlas.i18n.NumberText;
import org.amuratlas.read.Measure;
import org.amuratlas.read.Observation;
import org.amuratlas.read.Series;

/**
 * Two years of a yearly series side by side, with the change between them: for levels the difference in the
 * measure's unit and in per cent, for rates and shares the difference in percentage points (a per-cent change of a
 * percentage would mislead). Computed from the printed values; the numbers are in the reader's digits.
 *
 * @param from the earlier year chosen, {@code to} the later (the reader may give them either way round)
 * @param years every year of the series, for the form's choices
 */
public record SeriesComparison(int from, int to, List<Row> rows, List<Integer> years) {

    /**
     * One measure: its values in the two years (empty text where the source gives none) and the change.
     *
     * @param change the difference, signed, or empty when a value is missing
     * @param relative the change in per cent of the first value, for levels only, or empty
     */
    public record Row(String label, String unit, String fromValue, String toValue, String change, String relative,
            boolean percent) {
    }

    /** The years a yearly series covers (observations without a period wording); empty for other series. */
    public static List<Integer> years(Series series) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Observation o : series.observations()) {
            if (o.periodLabel() != null) {
                return List.of();
            }
            years.add(o.periodYear());
        }
        return years.size() < 2 ? List.of() : List.copyOf(years);
    }

    /**
     * The comparison the reader asked for, the first and last years when nothing was asked, or empty for a series
     * that is not yearly. A year outside the series is a 400.
     */
    public static Optional<SeriesComparison> of(Series series, String fromParam, String toParam, NumberText numbers) {
        List<Integer> years = years(series);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int first = years.get(0), last = years.get(years.size() - 1);
        Integer a = QueryParams.integer("from", fromParam, first, last);
        Integer b = QueryParams.integer("to", toParam, first, last);
        int from = a == null ? first : a;
        int to = b == null ? last : b;
        if (from > to) {
            int t = from;
            from = to;
            to = t;
        }
        List<Row> rows = new ArrayList<>();
        for (Measure measure : series.measures()) {
            BigDecimal x = value(series, measure, from), y = value(series, measure, to);
            String change = "", relative = "";
            if (x != null && y != null) {
                BigDecimal diff = y.subtract(x);
                change = signed(numbers, diff);
                if (!measure.percent() && x.signum() != 0) {
                    BigDecimal pct = diff.multiply(BigDecimal.valueOf(100)).divide(x.abs(), MathContext.DECIMAL64)
                            .setScale(1, RoundingMode.HALF_UP);
                    relative = signed(numbers, pct);
                }
            }
            rows.add(new Row(measure.label().text(), measure.unit().text(), x == null ? "" : numbers.format(x),
                    y == null ? "" : numbers.format(y), change, relative, measure.percent()));
        }
        return Optional.of(new SeriesComparison(from, to, rows, years));
    }

    private static BigDecimal value(Series series, Measure measure, int year) {
        return series.observationsOf(measure).stream().filter(o -> o.periodYear() == year).map(Observation::value)
                .findFirst().orElse(null);
    }

    private static String signed(NumberText numbers, BigDecimal value) {
        String text = numbers.format(value);
        return value.signum() > 0 ? "+" + text : text;
    }
}
