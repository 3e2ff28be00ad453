package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.amuratlas.model.CitedRecord;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.SourceUsage;
import org.amuratlas.model.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@ResolverTransactions
public class SourceApi {

    @Inject
    SourceUsage usage;

    @Type("CitedRecord")
    @Description("A record that cites a source, and where in the source its support lies.")
    public record CitedRecordView(@NonNull RecordType type, @NonNull String slug, @NonNull String title,
            @NonNull String locator) {
    }

    @Query("sources")
    @Description("The source documents, newest first.")
    public @NonNull List<@NonNull SourceView> sources() {
        return Source.listInOrder().stream().map(SourceView::of).toList();
    }

    @Query("source")
    public SourceView source(@NonNull String slug) throws NotFoundError {
        return Source.<Source>findByIdOptional(slug).map(SourceView::of)
                .orElseThrow(() -> new NotFoundError("source", slug));
    }

    @Description("Every record that cites this source, with the locator.")
    public List<List<CitedRecordView>> citedBy(@org.eclipse.microprofile.graphql.Source List<SourceView> sources) {
        Map<String, List<CitedRecord>> bySource = usage.bySource();
        return sources.stream().map(s -> bySource.getOrDefault(s.slug(), List.of()).stream()
                .map(r -> new CitedRecordView(r.type(), r.slug(), r.title(), r.locator())).toList()).toList();
    }
}
