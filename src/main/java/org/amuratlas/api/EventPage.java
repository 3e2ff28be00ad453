package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventPage")
public record EventPage(@NonNull List<@NonNull EventView> items, int totalCount, int offset, int limit, boolean hasNext) {
}
