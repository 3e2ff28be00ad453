package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.model.Challenge;
import org.amuratlas.model.KeyFigure;
import org.amuratlas.model.Perspective;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.Recommendation;
import org.amuratlas.model.RelationQueries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Key figures, challenges, recommendations and perspectives: the theme-scoped lists around the projects. */
@GraphQLApi
@ResolverTransactions
public class AnalysisApi {

    @Inject
    RelationQueries relations;

    @Query("keyFigures")
    @Description("Numbers as the sources print them, for one theme or the featured ones (home page), paged.")
    public @NonNull KeyFigurePage keyFigures(@Description("Theme slug") String theme,
            @Description("Only the headline figures shown on the home page") boolean featured,
            @DefaultValue("0") int offset, @DefaultValue(Paging.DEFAULT_LIMIT) int limit) throws BadArgumentError {
        List<KeyFigure> figures = theme != null ? KeyFigure.listByTheme(theme) : KeyFigure.listInOrder();
        return Paging.toPage(Paging.slice(figures.stream().filter(f -> f.featured || !featured).toList(),
                Paging.request(offset, limit)), KeyFigureView::of, KeyFigurePage::new);
    }

    @Query("challenges")
    @Description("Obstacles to cooperation that the sources list, optionally for one theme, paged.")
    public @NonNull ChallengePage challenges(@Description("Theme slug") String theme, @DefaultValue("0") int offset,
            @DefaultValue(Paging.DEFAULT_LIMIT) int limit) throws BadArgumentError {
        List<Challenge> found = theme == null ? Challenge.listAll() : Challenge.listByTheme(theme);
        return Paging.toPage(Paging.slice(found, Paging.request(offset, limit)), ChallengeView::of,
                ChallengePage::new);
    }

    @Query("recommendations")
    @Description("Proposals the sources make, each attributed to its proposer, optionally for one theme, paged.")
    public @NonNull RecommendationPage recommendations(@Description("Theme slug") String theme,
            @DefaultValue("0") int offset, @DefaultValue(Paging.DEFAULT_LIMIT) int limit) throws BadArgumentError {
        List<Recommendation> found = theme == null ? Recommendation.list("order by slug")
                : Recommendation.listByTheme(theme);
        return Paging.toPage(Paging.slice(found, Paging.request(offset, limit)), RecommendationView::of,
                RecommendationPage::new);
    }

    @Query("perspectives")
    @Description("Attributed positions, optionally for one theme, paged.")
    public @NonNull PerspectivePage perspectives(@Description("Theme slug") String theme,
            @DefaultValue("0") int offset, @DefaultValue(Paging.DEFAULT_LIMIT) int limit) throws BadArgumentError {
        List<Perspective> found = theme == null ? Perspective.list("order by slug") : Perspective.listByTheme(theme);
        return Paging.toPage(Paging.slice(found, Paging.request(offset, limit)), PerspectiveView::of,
                PerspectivePage::new);
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
