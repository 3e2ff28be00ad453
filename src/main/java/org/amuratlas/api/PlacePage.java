package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PlacePage")
public record PlacePage(@NonNull List<@NonNull PlaceView> items, int totalCount, int offset, int limit, boolean hasNext) {
}
