package org.amuratlas.model;

/** Orders the catalogue can be sorted in; each maps to a fixed JPQL clause (never user text). */
public enum ProjectSort {
    NAME("p.name"),
    START_YEAR("coalesce(p.startYear, 9999), p.name"),
    STATUS("p.status, p.name"),
    KIND("p.kind, p.name");

    final String orderBy;

    ProjectSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
