package org.amuratlas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One column of a statistical table (e.g. "Export volume"), with the unit the source prints for it. */
@Embeddable
public class SeriesMeasure {

    /** Stable key used by observations and in CSV headers, e.g. "exports". */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String unit;

    /** Measures with the same group share a chart, e.g. "Trade volume" or "Year-over-year growth". */
    @Column(nullable = false)
    public String chartGroup;

    /**
     * For measures printed in different units that share a chart: the common unit the chart scales them to, and the
     * factor from the printed unit to it (e.g. million tons to thousand tons: 1000). Values stay as printed.
     */
    public String commonUnit;

    @Column(precision = 12, scale = 4)
    public java.math.BigDecimal toCommonUnit;

    /** Whether the measure is a rate or share (in %) rather than a level; charts keep the two apart. */
    @Column(nullable = false)
    public boolean percent;
}
