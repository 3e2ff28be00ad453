package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ActorPage")
public record ActorPage(@NonNull List<@NonNull ActorView> items, int totalCount, int offset, int limit, boolean hasNext) {
}
