package org.amuratlas.model;

/** Orders the catalogue can be sorted in; each maps to a fixed JPQL clause (never user text). */
public enum ProjectSort {
    // by name as a reader reads it: "Harbin air routes" before "Harbin Comprehensive Bonded Zone"
    NAME("lower(p.name)"),
    START_YEAR("coalesce(p.startYear, 9999), lower(p.name)"),
    // statuses in their life-cycle order and kinds in their declared order, not the alphabet of their codes
    STATUS(declaredOrder("p.status", ProjectStatus.class) + ", lower(p.name)"),
    KIND(declaredOrder("p.kind", ProjectKind.class) + ", lower(p.name)");

    final String orderBy;

    ProjectSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** "case p.status when …PROPOSED then 0 when …PLANNED then 1 … end": the database sorts enums by name. */
    private static <E extends Enum<E>> String declaredOrder(String path, Class<E> type) {
        StringBuilder clause = new StringBuilder("case ").append(path);
        for (E value : type.getEnumConstants()) {
            clause.append(" when ").append(type.getName()).append('.').append(value.name()).append(" then ")
                    .append(value.ordinal());
        }
        return clause.append(" end").toString();
    }
}
