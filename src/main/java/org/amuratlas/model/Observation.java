package org.amuratlas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One value of one measure of a series, for one period, as printed. */
@Embeddable
public class Observation {

    @Column(nullable = false)
    public String measureCode;

    /** Year the value belongs to (the end year for multi-year periods). */
    @Column(nullable = false)
    public int periodYear;

    /** The period as the source words it where it is not a plain year, e.g. "2019 – December 2024". */
    public String periodLabel;

    @Column(name = "observed_value", nullable = false, precision = 20, scale = 4)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FigureQualifier qualifier;

    /** Editorial note, e.g. where a printed growth rate does not follow from the printed values. */
    @Column(length = 1000)
    public String note;
}
