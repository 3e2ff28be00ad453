package org.amuratlas.model;

/** How much of an event's date the sources give. */
public enum DatePrecision {
    DAY, MONTH, YEAR, DECADE, CENTURY, UNDATED
}
