package org.amuratlas.read;

import java.math.BigDecimal;

/**
 * One column of a statistical table (e.g. "Export volume"), with the unit the source prints for it.
 *
 * @param code stable key used by observations and in CSV headers, e.g. "exports"
 * @param chartGroup measures with the same group share a chart, e.g. "Trade volume" (group by its English text)
 * @param commonUnit for measures printed in different units that share a chart: the unit the chart scales them to
 * @param toCommonUnit the factor from the printed unit to the common one (values stay as printed)
 * @param percent a rate or share (in %) rather than a level; charts keep the two apart
 */
public record Measure(String code, LocalizedText label, LocalizedText unit, LocalizedText chartGroup,
        LocalizedText commonUnit, BigDecimal toCommonUnit, boolean percent) {

    /** The translation table's table name; a measure's slug there is {@code <series>:<code>}. */
    static final String TABLE = "series_measure";
}
