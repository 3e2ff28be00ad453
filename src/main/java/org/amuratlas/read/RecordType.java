package org.amuratlas.read;

/**
 * The kinds of record in the atlas: the one registry of them. Each knows its table (the {@code record_type} of its
 * translations); each read record says its kind, title, searchable texts and citations itself ({@link AtlasRecord}).
 * The order is the order search results and "what a source supports" are grouped in.
 */
public enum RecordType {
    PROJECT("project", "Project"),
    EVENT("event", "Event"),
    PLACE("place", "Place"),
    ACTOR("actor", "Actor"),
    PERSPECTIVE("perspective", "Perspective"),
    CHALLENGE("challenge", "Challenge"),
    RECOMMENDATION("recommendation", "Recommendation"),
    KEY_FIGURE("key_figure", "Key figure"),
    SERIES("series", "Data series"),
    SOURCE("source", "Source"),
    THEME("theme", "Theme");

    /** The record's table, as the translation table names it. */
    public final String table;

    public final String label;

    RecordType(String table, String label) {
        this.table = table;
        this.label = label;
    }
}
