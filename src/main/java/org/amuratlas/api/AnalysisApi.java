package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.Challenge;
import org.amuratlas.model.KeyFigure;
import org.amuratlas.model.Perspective;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.Recommendation;
import org.amuratlas.model.RelationQueries;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Key figures, challenges, recommendations and perspectives: the short, theme-scoped lists around the projects. */
@GraphQLApi
public class AnalysisApi {

    @Inject
    RelationQueries relations;

    @Query("keyFigures")
    @Description("Numbers as the sources print them, for one theme or the featured ones (home page).")
    public @NonNull List<@NonNull KeyFigureView> keyFigures(@Description("Theme slug") String theme,
            @Description("Only the headline figures shown on the home page") boolean featured) {
        List<KeyFigure> figures = theme != null ? KeyFigure.listByTheme(theme) : KeyFigure.listInOrder();
        return figures.stream().filter(f -> f.featured || !featured).map(KeyFigureView::of).toList();
    }

    @Query("challenges")
    @Description("Obstacles to cooperation that the sources list, optionally for one theme.")
    public @NonNull List<@NonNull ChallengeView> challenges(@Description("Theme slug") String theme) {
        List<Challenge> found = theme == null ? Challenge.listAll() : Challenge.listByTheme(theme);
        return found.stream().map(ChallengeView::of).toList();
    }

    @Query("recommendations")
    @Description("Proposals the sources make, each attributed to its proposer, optionally for one theme.")
    public @NonNull List<@NonNull RecommendationView> recommendations(@Description("Theme slug") String theme) {
        List<Recommendation> found = theme == null ? Recommendation.list("order by slug")
                : Recommendation.listByTheme(theme);
        return found.stream().map(RecommendationView::of).toList();
    }

    @Query("perspectives")
    @Description("Attributed positions, optionally for one theme.")
    public @NonNull List<@NonNull PerspectiveView> perspectives(@Description("Theme slug") String theme) {
        List<Perspective> found = theme == null ? Perspective.list("order by slug") : Perspective.listByTheme(theme);
        return found.stream().map(PerspectiveView::of).toList();
    }

    @Name("citations")
    public List<List<CitationView>> figureCitations(@Source List<KeyFigureView> figures) {
        return CitationViews.forBatch(relations, RecordType.KEY_FIGURE, figures, KeyFigureView::slug);
    }

    @Name("citations")
    public List<List<CitationView>> challengeCitations(@Source List<ChallengeView> challenges) {
        return CitationViews.forBatch(relations, RecordType.CHALLENGE, challenges, ChallengeView::slug);
    }

    @Name("citations")
    public List<List<CitationView>> recommendationCitations(@Source List<RecommendationView> recommendations) {
        return CitationViews.forBatch(relations, RecordType.RECOMMENDATION, recommendations, RecommendationView::slug);
    }

    @Name("citations")
    public List<List<CitationView>> perspectiveCitations(@Source List<PerspectiveView> perspectives) {
        return CitationViews.forBatch(relations, RecordType.PERSPECTIVE, perspectives, PerspectiveView::slug);
    }
}
