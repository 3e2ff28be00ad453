package org.amuratlas.api;

import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.model.SourceKind;
import org.amuratlas.read.CitedRecord;
import org.amuratlas.read.RecordType;
import org.amuratlas.read.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
@Description("A document the atlas draws on.")
public final class SourceView {

    private final Source source;

    private final Formats.Local in;

    SourceView(Source source, Formats.Local in) {
        this.source = source;
        this.in = in;
    }

    @Type("CitedRecord")
    @Description("A record that cites a source, and where in the source its support lies (the locator's words in"
            + " the request's language).")
    public record CitedRecordView(@NonNull RecordType type, @NonNull String slug, @NonNull String title,
            @NonNull String locator) {

        static CitedRecordView of(CitedRecord cited, Formats.Local in) {
            return new CitedRecordView(cited.type(), cited.slug(), cited.title().text(),
                    in.locators().write(cited.locator().text()));
        }
    }

    public @NonNull String getSlug() {
        return source.slug();
    }

    public @NonNull String getTitle() {
        return source.title().text();
    }

    public String getAuthors() {
        return source.authors();
    }

    public String getOutlet() {
        return source.outlet();
    }

    public String getBibliographic() {
        return source.bibliographic();
    }

    public @NonNull SourceKind getKind() {
        return source.kind();
    }

    public @NonNull String getDateLabel() {
        return source.dateLabel().text();
    }

    public int getPublishedYear() {
        return source.publishedYear();
    }

    public String getDoi() {
        return source.doi();
    }

    public String getUrl() {
        return source.url();
    }

    public @NonNull String getLanguage() {
        return source.language();
    }

    public @NonNull String getSummary() {
        return source.summary().text();
    }

    public String getNote() {
        return Views.text(source.note());
    }

    @Description("A full reference in APA style.")
    public @NonNull String getCiteAs() {
        return source.citeAs();
    }

    @Description("Every record that cites this source, with the locator.")
    public List<CitedRecordView> getCitedBy() {
        return Views.of(source.citedBy(), CitedRecordView::of, in);
    }
}
