package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PerspectivePage")
public record PerspectivePage(@NonNull List<@NonNull PerspectiveView> items, int totalCount, int offset, int limit, boolean hasNext) {
}
