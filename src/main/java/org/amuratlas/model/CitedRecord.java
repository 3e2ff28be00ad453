package org.amuratlas.model;

/** A record that cites a given source, and where in the source its support lies. */
public record CitedRecord(RecordType type, String slug, String title, String locator) {
}
