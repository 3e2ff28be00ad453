package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RecommendationPage")
public record RecommendationPage(@NonNull List<@NonNull RecommendationView> items, int totalCount, int offset, int limit, boolean hasNext) {
}
