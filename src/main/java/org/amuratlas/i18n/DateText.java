package org.amuratlas.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.amuratlas.model.DatePrecision;

/**
 * A date written only as precisely as its source gives it, in the reader's language:
 *
 * <table>
 * <caption>The forms, by precision</caption>
 * <tr><th>precision</th><th>en</th><th>ru</th><th>zh</th></tr>
 * <tr><td>day</td><td>1 December 2024</td><td>1 декабря 2024 г.</td><td>2024年12月1日</td></tr>
 * <tr><td>month</td><td>December 2024</td><td>декабрь 2024 г.</td><td>2024年12月</td></tr>
 * <tr><td>year</td><td>2024</td><td>2024 г.</td><td>2024年</td></tr>
 * <tr><td>decade</td><td>the 1960s</td><td>1960-е годы</td><td>20世纪60年代</td></tr>
 * <tr><td>century</td><td>mid-19th century</td><td>середина XIX века</td><td>19世纪中叶</td></tr>
 * <tr><td>undated</td><td>antiquity</td><td>древность</td><td>古代</td></tr>
 * </table>
 *
 * <p>A century is "mid-" when its year ends in 50, as the dataset records "the mid-19th century" (1850); the
 * English forms are those {@code Event.dateLabel()} has always written.
 */
public final class DateText {

    private final FormatMessages words;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter monthFormat;

    public DateText(Language language, FormatMessages words) {
        this.words = words;
        this.dayFormat = DateTimeFormatter.ofPattern(words.date_day_pattern(), language.locale());
        this.monthFormat = DateTimeFormatter.ofPattern(words.date_month_pattern(), language.locale());
    }

    /**
     * @param year for a decade its first year (1960), for a century a year in it (1850 for the mid-19th); negative
     *        for years before the common era (only at year precision)
     * @param month 1–12, needed from month precision on
     * @param day needed at day precision
     */
    public String label(DatePrecision precision, int year, Integer month, Integer day) {
        return switch (precision) {
            case DAY -> day(LocalDate.of(year, required(month, "month"), required(day, "day")));
            case MONTH -> dayless(YearMonth.of(year, required(month, "month")));
            case YEAR -> year < 0 ? words.date_year_bc(-year) : words.date_year(positive(year));
            case DECADE -> words.date_decade(positive(year));
            case CENTURY -> year % 100 == 50 ? words.date_mid_century(FormatExtensions.century(positive(year)))
                    : words.date_century(FormatExtensions.century(positive(year)));
            case UNDATED -> words.date_undated();
        };
    }

    /** A day: "1 December 2024", «1 декабря 2024 г.», 2024年12月1日. */
    public String day(LocalDate date) {
        return dayFormat.format(date);
    }

    /** A month: "December 2024", «декабрь 2024 г.», 2024年12月. */
    public String dayless(YearMonth month) {
        return monthFormat.format(month);
    }

    private static int required(Integer part, String name) {
        if (part == null) {
            throw new IllegalArgumentException("a date at this precision needs its " + name);
        }
        return part;
    }

    private static int positive(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("no label for year " + year + " at this precision");
        }
        return year;
    }
}
