package org.amuratlas.api;

import java.util.List;
import org.amuratlas.model.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SourceApi {

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
}
