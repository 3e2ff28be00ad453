package org.amuratlas.model;

/**
 * Where a project stood when its latest source described it. The Global Energy Monitor vocabulary is kept
 * alongside so records can be compared with its trackers; the displayed words are in the message bundle.
 */
public enum ProjectStatus {
    PROPOSED("proposed"),
    PLANNED("proposed"),
    APPROVED("pre-construction"),
    UNDER_CONSTRUCTION("construction"),
    OPERATIONAL("operating"),
    SUSPENDED("shelved");

    public final String gemStatus;

    ProjectStatus(String gemStatus) {
        this.gemStatus = gemStatus;
    }
}
