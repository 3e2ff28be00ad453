package org.amuratlas.api;

import org.amuratlas.model.Challenge;
import org.amuratlas.model.ChallengeCategory;
import org.eclipse.microprofile.graphql.Type;

@Type("Challenge")
public record ChallengeView(String slug, String title, ChallengeCategory category, String summary) {

    static ChallengeView of(Challenge c) {
        return new ChallengeView(c.slug, c.title, c.category, c.summary);
    }
}
