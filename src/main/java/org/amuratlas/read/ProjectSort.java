package org.amuratlas.read;

import java.util.Comparator;

/** Orders the catalogue can be sorted in. Names sort by the reader's language; ties fall back to the name. */
public enum ProjectSort {
    NAME,
    /** Projects without a start year last. */
    START_YEAR,
    /** By stage, from proposed to operational, then suspended (the order ProjectStatus declares). */
    STATUS,
    /** By kind, in the order ProjectKind declares (energy, transport, zones, events). */
    KIND;

    /** This order, given the reader's order of names. */
    Comparator<Project> comparator(Comparator<Project> byName) {
        return switch (this) {
            case NAME -> byName;
            case START_YEAR -> Comparator.<Project>comparingInt(p -> p.startYear() == null ? Integer.MAX_VALUE
                    : p.startYear()).thenComparing(byName);
            case STATUS -> Comparator.comparing(Project::status).thenComparing(byName);
            case KIND -> Comparator.comparing(Project::kind).thenComparing(byName);
        };
    }
}
