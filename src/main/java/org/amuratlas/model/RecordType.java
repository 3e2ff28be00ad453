package org.amuratlas.model;

/** The kinds of record that cite sources. */
public enum RecordType {
    PROJECT("Project"), EVENT("Event"), PLACE("Place"), ACTOR("Actor"), PERSPECTIVE("Perspective"),
    CHALLENGE("Challenge"), RECOMMENDATION("Recommendation"), KEY_FIGURE("Key figure"), SERIES("Data series");

    public final String label;

    RecordType(String label) {
        this.label = label;
    }
}
