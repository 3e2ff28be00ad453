package org.amuratlas.read;

import java.time.LocalDate;
import java.util.List;
import org.amuratlas.model.SourceKind;

/** A document the atlas draws on, with every record that cites it. */
public final class Source implements AtlasRecord {

    private final String slug;
    private final LocalizedText title;
    private final String authors;
    private final String outlet;
    private final String bibliographic;
    private final SourceKind kind;
    private final LocalDate publishedOn;
    private final int publishedYear;
    private final LocalizedText dateLabel;
    private final String doi;
    private final String url;
    private final String language;
    private final LocalizedText summary;
    private final LocalizedText note;

    // relations, set once by AtlasBuilder
    List<CitedRecord> citedBy = List.of();

    Source(org.amuratlas.model.Source entity, Translations.RecordTexts texts) {
        slug = entity.slug;
        title = texts.get("title", entity.title);
        authors = entity.authors;
        outlet = entity.outlet;
        bibliographic = entity.bibliographic;
        kind = entity.kind;
        publishedOn = entity.publishedOn;
        publishedYear = entity.publishedYear;
        dateLabel = texts.get("date_label", entity.dateLabel);
        doi = entity.doi;
        url = entity.url;
        language = entity.language;
        summary = texts.get("summary", entity.summary);
        note = texts.get("note", entity.note);
    }

    @Override
    public RecordType type() {
        return RecordType.SOURCE;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public LocalizedText title() {
        return title;
    }

    /** Authors as printed, or null where the document names none. */
    public String authors() {
        return authors;
    }

    /** Journal, news outlet or publisher; null where the copy does not say. */
    public String outlet() {
        return outlet;
    }

    /** Volume, issue and pages for papers. */
    public String bibliographic() {
        return bibliographic;
    }

    public SourceKind kind() {
        return kind;
    }

    /** The day of publication where the document prints it; null otherwise. */
    public LocalDate publishedOn() {
        return publishedOn;
    }

    /** Year of publication (printed or inferred). */
    public int publishedYear() {
        return publishedYear;
    }

    /** The date as the atlas can vouch for it, e.g. "23 March 2022" or "2023 (inferred, see note)". */
    public LocalizedText dateLabel() {
        return dateLabel;
    }

    public String doi() {
        return doi;
    }

    public String url() {
        return url;
    }

    /** BCP-47 language of the copy the atlas read. */
    public String language() {
        return language;
    }

    public LocalizedText summary() {
        return summary;
    }

    /** Editorial note on gaps or problems in the source. */
    public LocalizedText note() {
        return note;
    }

    /** Every record citing the source, by kind of record, then title. */
    public List<CitedRecord> citedBy() {
        return citedBy;
    }

    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    /** Short in-text reference, e.g. "Song (2019)" or "AsiaNews (2022)". */
    public String shortRef() {
        String who;
        if (authors != null) {
            who = authors.split(",")[0].trim();
        } else if (outlet != null) {
            who = outlet;
        } else {
            String printed = title.english();
            who = "\u201c" + (printed.length() > 40 ? printed.substring(0, 40).trim() + "\u2026" : printed) + "\u201d";
        }
        return who + " (" + publishedYear + ")";
    }

    /** A full reference in APA style, for "cite this" (as printed, so in the source's own words). */
    public String citeAs() {
        StringBuilder ref = new StringBuilder();
        ref.append(authors != null ? authors : outlet != null ? outlet : title.english());
        ref.append(" (").append(publishedOn != null && kind != SourceKind.PAPER ? dateLabel.english()
                : Integer.toString(publishedYear)).append("). ");
        if (authors != null || outlet != null) {
            ref.append(title.english()).append(". ");
        }
        if (outlet != null && authors != null) {
            ref.append(outlet);
            ref.append(bibliographic != null ? ", " + bibliographic + ". " : ". ");
        }
        if (doi != null) {
            ref.append(doiUrl());
        } else if (url != null) {
            ref.append(url);
        }
        return ref.toString().trim();
    }

    @Override
    public List<Citation> citations() {
        return List.of();
    }

    @Override
    public List<LocalizedText> searchTexts() {
        return AtlasRecord.present(title, LocalizedText.english(authors), LocalizedText.english(outlet), summary);
    }
}
