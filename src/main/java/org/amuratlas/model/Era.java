package org.amuratlas.model;

/**
 * Editorial periods of the shared history, used to slice the timeline. The boundaries are the atlas's reading of
 * the sources (Zhang 2025, §I), not dates any source fixes.
 */
public enum Era {
    ANTIQUITY("Antiquity to the early 19th century", Integer.MIN_VALUE, 1849),
    TREATIES("Treaties and empire", 1850, 1948),
    SOVIET("The Soviet era", 1949, 1979),
    NORMALIZATION("Normalization and border trade", 1980, 2013),
    TURN_TO_THE_EAST("The turn to the East", 2014, Integer.MAX_VALUE);

    public final String label;
    public final int fromYear;
    public final int toYear;

    Era(String label, int fromYear, int toYear) {
        this.label = label;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }
}
