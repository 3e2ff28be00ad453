package org.amuratlas.model;

/** The kinds of record in the atlas (all but sources cite sources). */
public enum RecordType {
    PROJECT("Project"), EVENT("Event"), PLACE("Place"), ACTOR("Actor"), PERSPECTIVE("Perspective"),
    CHALLENGE("Challenge"), RECOMMENDATION("Recommendation"), KEY_FIGURE("Key figure"), SERIES("Data series"), SOURCE("Source");

    public final String label;

    RecordType(String label) {
        this.label = label;
    }
}
