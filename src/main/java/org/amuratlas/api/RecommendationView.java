package org.amuratlas.api;

import org.amuratlas.model.Recommendation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Recommendation")
public record RecommendationView(@NonNull String slug, @NonNull String title, @NonNull String summary, @NonNull ActorView proposedBy) {

    static RecommendationView of(Recommendation r) {
        return new RecommendationView(r.slug, r.title, r.summary, ActorView.of(r.proposedBy));
    }
}
