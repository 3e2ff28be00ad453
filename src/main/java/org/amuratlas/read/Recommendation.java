package org.amuratlas.read;

import java.util.List;

/** A proposal a source makes, attributed to whoever proposes it. */
public final class Recommendation implements AtlasRecord {

    private final String slug;
    private final LocalizedText title;
    private final LocalizedText summary;
    private final Actor proposedBy;

    // relations, set once by AtlasBuilder
    List<Theme> themes = List.of();
    List<Citation> citations = List.of();

    Recommendation(org.amuratlas.model.Recommendation entity, Translations.RecordTexts texts, Actor proposedBy) {
        slug = entity.slug;
        title = texts.get("title", entity.title);
        summary = texts.get("summary", entity.summary);
        this.proposedBy = proposedBy;
    }

    @Override
    public RecordType type() {
        return RecordType.RECOMMENDATION;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public Actor proposedBy() {
        return proposedBy;
    }

    public List<Theme> themes() {
        return themes;
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public List<LocalizedText> searchTexts() {
        return AtlasRecord.present(title, summary);
    }
}
