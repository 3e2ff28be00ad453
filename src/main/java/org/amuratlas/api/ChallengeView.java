package org.amuratlas.api;

import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.model.ChallengeCategory;
import org.amuratlas.read.Challenge;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Challenge")
public final class ChallengeView {

    private final Challenge challenge;

    private final Formats.Local in;

    ChallengeView(Challenge challenge, Formats.Local in) {
        this.challenge = challenge;
        this.in = in;
    }

    public @NonNull String getSlug() {
        return challenge.slug();
    }

    public @NonNull String getTitle() {
        return challenge.title().text();
    }

    public @NonNull ChallengeCategory getCategory() {
        return challenge.category();
    }

    public @NonNull String getSummary() {
        return challenge.summary().text();
    }

    public List<CitationView> getCitations() {
        return Views.of(challenge.citations(), CitationView::new, in);
    }
}
