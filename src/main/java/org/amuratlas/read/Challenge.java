package org.amuratlas.read;

import java.util.List;
import org.amuratlas.model.ChallengeCategory;

/** An obstacle to cooperation as a source describes it. */
public final class Challenge implements AtlasRecord {

    private final String slug;
    private final LocalizedText title;
    private final ChallengeCategory category;
    private final LocalizedText summary;

    // relations, set once by AtlasBuilder
    List<Theme> themes = List.of();
    List<Citation> citations = List.of();

    Challenge(org.amuratlas.model.Challenge entity, Translations.RecordTexts texts) {
        slug = entity.slug;
        title = texts.get("title", entity.title);
        category = entity.category;
        summary = texts.get("summary", entity.summary);
    }

    @Override
    public RecordType type() {
        return RecordType.CHALLENGE;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public LocalizedText title() {
        return title;
    }

    public ChallengeCategory category() {
        return category;
    }

    public LocalizedText summary() {
        return summary;
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
