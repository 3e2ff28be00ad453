package org.amuratlas.read;

/** A record matching a search, with the text the match was found in (possibly in another language). */
public record SearchHit(AtlasRecord record, String matchedText) {

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
