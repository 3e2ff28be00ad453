package org.amuratlas.api;

import org.amuratlas.model.Challenge;
import org.amuratlas.model.ChallengeCategory;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Challenge")
public record ChallengeView(@NonNull String slug, @NonNull String title, @NonNull ChallengeCategory category, @NonNull String summary) {

    static ChallengeView of(Challenge c) {
        return new ChallengeView(c.slug, c.title, c.category, c.summary);
    }
}
