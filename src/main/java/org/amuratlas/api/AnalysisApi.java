package org.amuratlas.api;

import jakarta.inject.Inject;
import java.util.List;
import org.amuratlas.read.KeyFigure;
import org.amuratlas.read.Language;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Key figures, challenges, recommendations and perspectives: the theme-scoped lists around the projects. */
@GraphQLApi
public class AnalysisApi {

    @Inject
    ApiAtlas atlas;

    @Query("keyFigures")
    @Description("Numbers as the sources print them, for one theme or the featured ones (home page), paged.")
    public @NonNull KeyFigurePage keyFigures(@Description("Theme slug") String theme,
            @Description("Only the headline figures shown on the home page") boolean featured,
            @DefaultValue("0") int offset, @DefaultValue(Arguments.DEFAULT_LIMIT) int limit,
            @Description(ApiAtlas.LANG_DESCRIPTION) Language lang) throws BadArgumentError {
        Reading reading = atlas.of(lang);
        List<KeyFigure> figures = reading.atlas().keyFigures(theme);
        return Paging.page(featured ? figures.stream().filter(KeyFigure::featured).toList() : figures,
                Arguments.page(offset, limit), r -> new KeyFigureView(r, reading.in()), KeyFigurePage::new);
    }

    @Query("challenges")
    @Description("Obstacles to cooperation that the sources list, optionally for one theme, paged.")
    public @NonNull ChallengePage challenges(@Description("Theme slug") String theme, @DefaultValue("0") int offset,
            @DefaultValue(Arguments.DEFAULT_LIMIT) int limit, @Description(ApiAtlas.LANG_DESCRIPTION) Language lang)
            throws BadArgumentError {
        Reading reading = atlas.of(lang);
        return Paging.page(reading.atlas().challenges(theme), Arguments.page(offset, limit),
                r -> new ChallengeView(r, reading.in()), ChallengePage::new);
    }

    @Query("recommendations")
    @Description("Proposals the sources make, each attributed to its proposer, optionally for one theme, paged.")
    public @NonNull RecommendationPage recommendations(@Description("Theme slug") String theme,
            @DefaultValue("0") int offset, @DefaultValue(Arguments.DEFAULT_LIMIT) int limit,
            @Description(ApiAtlas.LANG_DESCRIPTION) Language lang) throws BadArgumentError {
        Reading reading = atlas.of(lang);
        return Paging.page(reading.atlas().recommendations(theme), Arguments.page(offset, limit),
                r -> new RecommendationView(r, reading.in()), RecommendationPage::new);
    }

    @Query("perspectives")
    @Description("Attributed positions, optionally for one theme, paged.")
    public @NonNull PerspectivePage perspectives(@Description("Theme slug") String theme,
            @DefaultValue("0") int offset, @DefaultValue(Arguments.DEFAULT_LIMIT) int limit,
            @Description(ApiAtlas.LANG_DESCRIPTION) Language lang) throws BadArgumentError {
        Reading reading = atlas.of(lang);
        return Paging.page(reading.atlas().perspectives(theme), Arguments.page(offset, limit),
                r -> new PerspectiveView(r, reading.in()), PerspectivePage::new);
    }
}
