package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Type;

@Type("PlacePage")
public record PlacePage(List<PlaceView> items, long totalCount, int offset, int limit, boolean hasNext) {
}
