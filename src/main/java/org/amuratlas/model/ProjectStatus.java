package org.amuratlas.model;

/**
 * Where a project stood when its latest source described it. The Global Energy Monitor vocabulary is kept
 * alongside so records can be compared with its trackers.
 */
public enum ProjectStatus {
    PROPOSED("proposed", "proposed"),
    PLANNED("planned", "proposed"),
    APPROVED("approved", "pre-construction"),
    UNDER_CONSTRUCTION("under construction", "construction"),
    OPERATIONAL("operational", "operating"),
    SUSPENDED("suspended", "shelved");

    public final String label;
    public final String gemStatus;

    ProjectStatus(String label, String gemStatus) {
        this.label = label;
        this.gemStatus = gemStatus;
    }
}
