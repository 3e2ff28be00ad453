package org.amuratlas.dataset;

/**
 * One thing wrong with the dataset: which check found it, in which record, and what the curator should look at.
 *
 * @param record the record's table and key, e.g. {@code project power-of-siberia}
 */
public record Violation(Check check, String record, String problem) {

    @Override
    public String toString() {
        return check.name().toLowerCase() + ": " + record + ": " + problem;
    }
}
