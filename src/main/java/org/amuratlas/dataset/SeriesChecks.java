package org.amuratlas.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amuratlas.dataset.EditorialNotes.GrowthNote;
import org.amuratlas.dataset.EditorialNotes.SumNote;

/**
 * The statistical series, every column of every series: declared measures, totals, growth rates recomputed from
 * the values, shares within range, the trade table's share of national trade against the national total, and
 * one-off figures against the key figures that print them too. Values are compared as printed (to 0.1), so each
 * comparison allows exactly the error that rounding explains.
 */
final class SeriesChecks {

    static final String GROWTH_SUFFIX = "_growth";
    /** Half a unit of the last printed digit: the rounding error of one printed value. */
    static final BigDecimal HALF_DIGIT = new BigDecimal("0.05");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Table 1 of Song (2019), whose column share_china can be recomputed from a national figure the atlas reports. */
    static final String TRADE_SERIES = "heilongjiang-russia-trade";
    static final String NATIONAL_FIGURE = "china-russia-trade-2018";
    static final int NATIONAL_YEAR = 2018;
    /** The table's unit is 100 million US dollars (its unit note explains the misprinted heading): 10 make a billion. */
    static final BigDecimal TABLE_UNITS_PER_BILLION = BigDecimal.TEN;
    private static final Pattern UNIT_NOTE_SHARE = Pattern.compile(
            "The (\\d{4}) total of (\\d+(?:\\.\\d+)?) is given as (\\d+(?:\\.\\d+)?)% of China");

    record Measure(String series, String code, String unit, boolean percent, String chartGroup, String commonUnit) {
    }

    record Cell(String series, String measure, int year, String label, BigDecimal value, String qualifier, String note) {

        String record() {
            return "series_observation " + series + ":" + measure + ":" + year + (label == null ? "" : " (" + label + ")");
        }
    }

    private final List<Measure> measures;
    private final List<Cell> cells;
    /** Yearly cells (no period label) by series, measure and year. */
    private final Map<String, Cell> yearly = new HashMap<>();
    private final List<Violation> out;

    private SeriesChecks(List<Measure> measures, List<Cell> cells, List<Violation> out) {
        this.measures = measures;
        this.cells = cells;
        this.out = out;
        for (Cell cell : cells) {
            if (cell.label() == null) {
                yearly.put(key(cell.series(), cell.measure(), cell.year()), cell);
            }
        }
    }

    static void run(Connection db, List<Violation> out) throws SQLException {
        List<Measure> measures = Sql.list(db, "select series_slug, code, unit, percent, chart_group, common_unit "
                + "from series_measure order by series_slug, seq", r -> new Measure(r.getString(1), r.getString(2),
                        r.getString(3), r.getBoolean(4), r.getString(5), r.getString(6)));
        List<Cell> cells = Sql.list(db, "select series_slug, measure_code, period_year, period_label, observed_value, "
                + "qualifier, note from series_observation order by series_slug, measure_code, period_year",
                r -> new Cell(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getBigDecimal(5),
                        r.getString(6), r.getString(7)));
        SeriesChecks checks = new SeriesChecks(measures, cells, out);
        checks.declaredMeasures();
        checks.totals();
        checks.growthRates();
        checks.percentRanges();
        checks.nationalTrade(db);
        checks.keyFigures(db);
    }

    private void declaredMeasures() {
        Set<String> declared = new HashSet<>();
        for (Measure m : measures) {
            declared.add(m.series() + ":" + m.code());
        }
        Set<String> seen = new HashSet<>();
        for (Cell cell : cells) {
            if (!declared.contains(cell.series() + ":" + cell.measure())) {
                out.add(new Violation(Check.MEASURES, cell.record(), "its measure is not declared by the series"));
            }
            if (!seen.add(cell.series() + ":" + cell.measure() + ":" + cell.year() + ":" + cell.label())) {
                out.add(new Violation(Check.MEASURES, cell.record(), "a second value for the same period"));
            }
        }
        // a chart draws a group to one scale: one unit, or a declared common unit for all of its measures
        Map<String, Set<String>> unitsByGroup = new TreeMap<>();
        for (Measure m : measures) {
            unitsByGroup.computeIfAbsent(m.series() + " '" + m.chartGroup() + "'", g -> new HashSet<>())
                    .add(m.commonUnit() != null ? "common:" + m.commonUnit() : m.unit());
        }
        unitsByGroup.forEach((group, units) -> {
            if (units.size() != 1) {
                out.add(new Violation(Check.MEASURES, "series " + group, "chart group mixes units " + units));
            }
        });
    }

    /** total = exports + imports, each printed to 0.1: a difference above 0.1 is more than rounding. */
    private void totals() {
        for (Cell total : cells) {
            Optional<SumNote> note = SumNote.in(total.note());
            if (!total.measure().equals("total") || total.label() != null) {
                note.ifPresent(n -> out.add(new Violation(Check.TOTAL, total.record(),
                        "carries a note on exports plus imports, but is not a yearly total")));
                continue;
            }
            Cell exports = yearly.get(key(total.series(), "exports", total.year()));
            Cell imports = yearly.get(key(total.series(), "imports", total.year()));
            if (exports == null || imports == null) {
                continue;
            }
            BigDecimal sum = exports.value().add(imports.value());
            boolean noteDescribesCell = note.isPresent() && note.get().exports().compareTo(exports.value()) == 0
                    && note.get().imports().compareTo(imports.value()) == 0 && note.get().sum().compareTo(sum) == 0
                    && note.get().printedTotal().compareTo(total.value()) == 0;
            if (note.isPresent() && !noteDescribesCell) {
                out.add(new Violation(Check.TOTAL, total.record(), "its note speaks of other figures than exports "
                        + exports.value() + ", imports " + imports.value() + " and the total " + total.value()));
            } else if (sum.subtract(total.value()).abs().compareTo(HALF_DIGIT.add(HALF_DIGIT)) > 0 && !noteDescribesCell) {
                out.add(new Violation(Check.TOTAL, total.record(), "exports " + exports.value() + " plus imports "
                        + imports.value() + " make " + sum + ", not the printed " + total.value()));
            }
        }
    }

    private void growthRates() {
        for (Cell rate : cells) {
            Optional<GrowthNote> note = GrowthNote.in(rate.note());
            String base = baseOfGrowth(rate.series(), rate.measure());
            if (base == null || rate.label() != null) {
                note.ifPresent(n -> out.add(new Violation(Check.GROWTH, rate.record(),
                        "carries a note on a growth rate, but is not a yearly growth rate")));
                continue;
            }
            Cell current = yearly.get(key(rate.series(), base, rate.year()));
            Cell previous = yearly.get(key(rate.series(), base, rate.year() - 1));
            if (current == null || previous == null || previous.value().signum() == 0) {
                continue; // the first year of a table has nothing to grow from
            }
            double prev = previous.value().doubleValue();
            double cur = current.value().doubleValue();
            double computed = (cur / prev - 1) * 100;
            // values rounded to 0.1 and the rate to 0.1 point: the widest error that rounding alone explains
            double bound = (0.05 / prev + 0.05 * cur / (prev * prev)) * 100 + 0.05;
            boolean noteDescribesCell = note.isPresent() && note.get().previous().compareTo(previous.value()) == 0
                    && note.get().previousYear() == previous.year() && note.get().current().compareTo(current.value()) == 0
                    && note.get().year() == rate.year() && note.get().printed().compareTo(rate.value()) == 0
                    && Math.abs(note.get().computed().doubleValue() - computed) <= 0.05 + 1e-9;
            if (note.isPresent() && !noteDescribesCell) {
                out.add(new Violation(Check.GROWTH, rate.record(), String.format(Locale.ROOT, "its note speaks of other "
                        + "figures than %s (%d) to %s (%d), +%.1f%% computed, %s printed", previous.value(),
                        previous.year(), current.value(), current.year(), computed, rate.value())));
            } else if (Math.abs(computed - rate.value().doubleValue()) > bound && !noteDescribesCell) {
                out.add(new Violation(Check.GROWTH, rate.record(), String.format(Locale.ROOT, "%s (%d) to %s (%d) is "
                        + "%.1f%%, not the printed %s%%", previous.value(), previous.year(), current.value(),
                        current.year(), computed, rate.value())));
            }
        }
    }

    /** The measure a {@code <code>_growth} measure is the growth of, if the series declares both. */
    private String baseOfGrowth(String series, String code) {
        if (!code.endsWith(GROWTH_SUFFIX)) {
            return null;
        }
        String base = code.substring(0, code.length() - GROWTH_SUFFIX.length());
        return measures.stream().anyMatch(m -> m.series().equals(series) && m.code().equals(base)) ? base : null;
    }

    private void percentRanges() {
        Map<String, Measure> byCode = new HashMap<>();
        for (Measure m : measures) {
            byCode.put(m.series() + ":" + m.code(), m);
        }
        for (Cell cell : cells) {
            Measure measure = byCode.get(cell.series() + ":" + cell.measure());
            if (measure == null || !measure.percent()) {
                continue;
            }
            boolean growth = baseOfGrowth(cell.series(), cell.measure()) != null;
            if (growth && cell.value().compareTo(HUNDRED.negate()) < 0) {
                out.add(new Violation(Check.PERCENT_RANGE, cell.record(), "a fall of more than 100%: " + cell.value()));
            } else if (!growth && (cell.value().signum() < 0 || cell.value().compareTo(HUNDRED) > 0)) {
                out.add(new Violation(Check.PERCENT_RANGE, cell.record(), "a share outside 0–100%: " + cell.value()));
            }
        }
    }

    /**
     * Table 1 gives the province's trade with Russia as a share of China's; total ÷ share is China's trade with
     * Russia, which the key figure reports for 2018. The unit note quotes the same cells and must quote them right.
     */
    private void nationalTrade(Connection db) throws SQLException {
        Cell total = yearly.get(key(TRADE_SERIES, "total", NATIONAL_YEAR));
        Cell share = yearly.get(key(TRADE_SERIES, "share_china", NATIONAL_YEAR));
        List<String[]> figure = Sql.list(db, "select figure_value, qualifier from key_figure where slug = ?",
                r -> new String[] {r.getString(1), r.getString(2)}, NATIONAL_FIGURE);
        String record = "series " + TRADE_SERIES;
        if (total == null || share == null || figure.isEmpty() || share.value().signum() <= 0) {
            out.add(new Violation(Check.NATIONAL_TRADE, record, "needs its " + NATIONAL_YEAR + " total and share_china "
                    + "and the key figure " + NATIONAL_FIGURE));
            return;
        }
        BigDecimal implied = total.value().multiply(HUNDRED).divide(share.value(), MathContext.DECIMAL64)
                .divide(TABLE_UNITS_PER_BILLION, MathContext.DECIMAL64);
        BigDecimal reported = new BigDecimal(figure.get(0)[0]);
        if (!agrees(implied, figure.get(0)[1], reported)) {
            out.add(new Violation(Check.NATIONAL_TRADE, share.record(), String.format(Locale.ROOT, "%s ÷ %s%% puts "
                    + "China's trade with Russia at %.1f billion US dollars, but the key figure %s says %s %s",
                    total.value(), share.value(), implied, NATIONAL_FIGURE, figure.get(0)[1].toLowerCase(Locale.ROOT),
                    reported.stripTrailingZeros().toPlainString())));
        }
        for (String unitNote : Sql.strings(db, "select unit_note from series where slug = ?", TRADE_SERIES)) {
            Matcher quoted = UNIT_NOTE_SHARE.matcher(unitNote == null ? "" : unitNote);
            while (quoted.find()) {
                int year = Integer.parseInt(quoted.group(1));
                Cell quotedTotal = yearly.get(key(TRADE_SERIES, "total", year));
                Cell quotedShare = yearly.get(key(TRADE_SERIES, "share_china", year));
                if (quotedTotal == null || quotedShare == null
                        || quotedTotal.value().compareTo(new BigDecimal(quoted.group(2))) != 0
                        || quotedShare.value().compareTo(new BigDecimal(quoted.group(3))) != 0) {
                    out.add(new Violation(Check.NATIONAL_TRADE, record, "the unit note quotes " + quoted.group(2)
                            + " and " + quoted.group(3) + "% for " + year + ", the table has other values"));
                }
            }
        }
    }

    /** Whether a computed value agrees with a figure printed with a qualifier ("more than 100"). */
    static boolean agrees(BigDecimal computed, String qualifier, BigDecimal printed) {
        return switch (qualifier) {
            case "MORE_THAN" -> computed.compareTo(printed) > 0;
            case "LESS_THAN" -> computed.compareTo(printed) < 0;
            case "UP_TO" -> computed.compareTo(printed) <= 0;
            // "about" and exact figures: within 5 %, the spread of rounding a figure to two significant digits
            default -> computed.subtract(printed).abs().compareTo(printed.abs().multiply(HALF_DIGIT)) <= 0;
        };
    }

    private record KeyFigure(String theme, BigDecimal value, String qualifier, String unit) {
    }

    /** A one-off figure (a cell with a period label) is also a key figure of the series' theme: the two must agree. */
    private void keyFigures(Connection db) throws SQLException {
        Map<String, String> themeOfSeries = new HashMap<>();
        for (String[] s : Sql.list(db, "select slug, theme_slug from series", r -> new String[] {r.getString(1), r.getString(2)})) {
            themeOfSeries.put(s[0], s[1]);
        }
        Map<String, String> unitOf = new HashMap<>();
        for (Measure m : measures) {
            unitOf.put(m.series() + ":" + m.code(), m.unit());
        }
        List<KeyFigure> figures = Sql.list(db, "select theme_slug, figure_value, qualifier, unit from key_figure",
                r -> new KeyFigure(r.getString(1), r.getBigDecimal(2), r.getString(3), r.getString(4)));
        for (Cell cell : cells) {
            if (cell.label() == null) {
                continue;
            }
            String unit = sameSpelling(unitOf.getOrDefault(cell.series() + ":" + cell.measure(), ""));
            boolean printedAsKeyFigure = figures.stream().anyMatch(f -> f.theme().equals(themeOfSeries.get(cell.series()))
                    && f.qualifier().equals(cell.qualifier()) && f.value().compareTo(cell.value()) == 0
                    && sameSpelling(f.unit()).equals(unit));
            if (!printedAsKeyFigure) {
                out.add(new Violation(Check.KEY_FIGURE_AGREES, cell.record(), "no key figure of the theme "
                        + themeOfSeries.get(cell.series()) + " says " + cell.qualifier().toLowerCase(Locale.ROOT) + " "
                        + cell.value().stripTrailingZeros().toPlainString() + " " + unit));
            }
        }
    }

    /** British and American spellings of the same unit. */
    private static String sameSpelling(String unit) {
        return unit.toLowerCase(Locale.ROOT).replace("meters", "metres").replace("tons", "tonnes");
    }

    private static String key(String series, String measure, int year) {
        return series + ":" + measure + ":" + year;
    }
}
