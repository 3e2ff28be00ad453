package org.amuratlas.api;

import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.read.Recommendation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Recommendation")
public final class RecommendationView {

    private final Recommendation recommendation;

    private final Formats.Local in;

    RecommendationView(Recommendation recommendation, Formats.Local in) {
        this.recommendation = recommendation;
        this.in = in;
    }

    public @NonNull String getSlug() {
        return recommendation.slug();
    }

    public @NonNull String getTitle() {
        return recommendation.title().text();
    }

    public @NonNull String getSummary() {
        return recommendation.summary().text();
    }

    public @NonNull ActorView getProposedBy() {
        return new ActorView(recommendation.proposedBy(), in);
    }

    public List<CitationView> getCitations() {
        return Views.of(recommendation.citations(), CitationView::new, in);
    }
}
