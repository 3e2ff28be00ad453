package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ChallengePage")
public record ChallengePage(@NonNull List<@NonNull ChallengeView> items, int totalCount, int offset, int limit, boolean hasNext) {
}
