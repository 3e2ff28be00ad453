package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ProjectPage")
public record ProjectPage(@NonNull List<@NonNull ProjectView> items, int totalCount, int offset, int limit, boolean hasNext) {
}
