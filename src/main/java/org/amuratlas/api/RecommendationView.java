package org.amuratlas.api;

import org.amuratlas.model.Recommendation;
import org.eclipse.microprofile.graphql.Type;

@Type("Recommendation")
public record RecommendationView(String slug, String title, String summary, ActorView proposedBy) {

    static RecommendationView of(Recommendation r) {
        return new RecommendationView(r.slug, r.title, r.summary, ActorView.of(r.proposedBy));
    }
}
