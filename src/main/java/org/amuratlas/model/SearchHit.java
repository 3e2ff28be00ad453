package org.amuratlas.model;

/** A record matching a search, with the text the match was found in. */
public record SearchHit(RecordType type, String slug, String title, String matchedText) {
}
