package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.read.Language;
import org.amuratlas.read.Phrase;
import org.amuratlas.read.RecordType;
import org.amuratlas.read.SearchHit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
public class SearchApi {

    @Inject
    ApiAtlas atlas;

    @Type("SearchHit")
    public record SearchHitView(@NonNull RecordType type, @NonNull String slug, @NonNull String title,
            @Description("The name or text the phrase was found in.") @NonNull String matchedText) {

        static SearchHitView of(SearchHit hit) {
            return new SearchHitView(hit.type(), hit.slug(), hit.title().text(), hit.matchedText());
        }
    }

    @Query("search")
    @Description("Records whose names or texts contain the phrase (case-insensitive; English, Russian or Chinese).")
    public @NonNull List<@NonNull SearchHitView> search(@NonNull String text,
            @Description(ApiAtlas.LANG_DESCRIPTION) Language lang) throws BadArgumentError {
        Phrase phrase = Arguments.phrase(text, "text");
        if (phrase == null) {
            throw new BadArgumentError("text must be 1 to " + Phrase.MAX_LENGTH + " characters.");
        }
        Reading reading = atlas.of(lang);
        return Views.of(reading.atlas().search(phrase), SearchHitView::of);
    }
}
