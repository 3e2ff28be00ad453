package org.amuratlas.read;

/** A source and the place in it that supports a record (section, table, paragraph; written in English). */
public record Citation(Source source, LocalizedText locator) {
}
