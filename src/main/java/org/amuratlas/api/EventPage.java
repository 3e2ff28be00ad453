package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Type;

@Type("EventPage")
public record EventPage(List<EventView> items, long totalCount, int offset, int limit, boolean hasNext) {
}
