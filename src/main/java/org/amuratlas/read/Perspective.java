package org.amuratlas.read;

import java.util.List;

/** A position attributed to whoever holds it. The atlas reports positions; it takes none. */
public final class Perspective implements AtlasRecord {

    private final String slug;
    private final Actor actor;
    private final LocalizedText summary;
    private final LocalizedText quote;
    private final LocalizedText statedWhen;

    // relations, set once by AtlasBuilder
    List<Theme> themes = List.of();
    List<Citation> citations = List.of();

    Perspective(org.amuratlas.model.Perspective entity, Translations.RecordTexts texts, Actor actor) {
        slug = entity.slug;
        this.actor = actor;
        summary = texts.get("summary", entity.summary);
        quote = texts.get("quote", entity.quote);
        statedWhen = texts.get("stated_when", entity.statedWhen);
    }

    @Override
    public RecordType type() {
        return RecordType.PERSPECTIVE;
    }

    @Override
    public String slug() {
        return slug;
    }

    public Actor actor() {
        return actor;
    }

    /** The position in the atlas's words, phrased as the actor's. */
    public LocalizedText summary() {
        return summary;
    }

    @Override
    public LocalizedText title() {
        return summary;
    }

    /** A short verbatim quotation, if any ({@link LocalizedText#english()} is the printed words). */
    public LocalizedText quote() {
        return quote;
    }

    public LocalizedText statedWhen() {
        return statedWhen;
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
        return AtlasRecord.present(summary, quote);
    }
}
