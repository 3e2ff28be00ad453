package org.amuratlas.read;

/** A record that cites a given source, and where in the source its support lies. */
public record CitedRecord(AtlasRecord record, LocalizedText locator) {

    public RecordType type() {
        return record.type();
    }

    public String slug() {
        return record.slug();
    }

    public LocalizedText title() {
        return record.title();
    }
}
