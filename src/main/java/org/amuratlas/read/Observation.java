package org.amuratlas.read;

import java.math.BigDecimal;
import org.amuratlas.model.FigureQualifier;

/**
 * One value of one measure of a series, for one period, as printed.
 *
 * @param periodYear the year the value belongs to (the end year for multi-year periods)
 * @param periodLabel the period as the source words it where it is not a plain year, else null
 * @param note editorial note, e.g. where a printed growth rate does not follow from the printed values
 */
public record Observation(String measureCode, int periodYear, LocalizedText periodLabel, BigDecimal value,
        FigureQualifier qualifier, LocalizedText note) {

    /** The translation table's table name; an observation's slug there is {@code <series>:<measure>:<year>}. */
    static final String TABLE = "series_observation";

    /** The period as shown: its wording, or the plain year. */
    public String period() {
        return periodLabel != null ? periodLabel.text() : Integer.toString(periodYear);
    }
}
