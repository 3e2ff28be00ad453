package org.amuratlas.read;

import java.util.List;

/** What every record of the read model can say about itself, so that search and citations treat them alike. */
public interface AtlasRecord {

    RecordType type();

    String slug();

    /** The name a list or a search result shows for the record. */
    LocalizedText title();

    /** The texts search looks in, in the order a match is shown from (title first). */
    List<LocalizedText> searchTexts();

    /** Where the record comes from; empty for sources and themes, which cite nothing. */
    List<Citation> citations();

    /** The given texts without the absent ones (optional fields). */
    static List<LocalizedText> present(LocalizedText... texts) {
        return java.util.Arrays.stream(texts).filter(java.util.Objects::nonNull).toList();
    }
}
