package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.AtlasSearch;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.SearchHit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@ResolverTransactions
public class SearchApi {

    @Inject
    AtlasSearch search;

    @Type("SearchHit")
    public record SearchHitView(@NonNull RecordType type, @NonNull String slug, @NonNull String title,
            @Description("The name or text the phrase was found in.") @NonNull String matchedText) {
    }

    @Query("search")
    @Description("Records whose names or texts contain the phrase (case-insensitive; English, Russian or Chinese).")
    public @NonNull List<@NonNull SearchHitView> search(@NonNull String text) throws BadArgumentError {
        if (text.isBlank() || text.length() > 200) {
            throw new BadArgumentError("text must be 1 to 200 characters.");
        }
        List<SearchHit> hits = search.search(text);
        return hits.stream().map(h -> new SearchHitView(h.type(), h.slug(), h.title(), h.matchedText())).toList();
    }
}
